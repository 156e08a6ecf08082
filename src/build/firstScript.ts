import { DESIGN_KEY } from '../persist/keys';
import {
  CANVAS_READY_ATTRIBUTE,
  EARLY_ACTION_ATTRIBUTE,
  EARLY_ACTION_EVENT,
  SAVED_DESIGN_CLASS,
} from './pageMarks';

/**
 * When a design is saved (or a share link opens one), the prerendered diagram, manifest and
 * warnings stay hidden until the page draws the right design, so the person never sees the new
 * design flash by first.
 */
const SAVED_DESIGN_PROBE = `try{if(localStorage.getItem(${JSON.stringify(DESIGN_KEY)})!==null||/design=/.test(location.hash))document.documentElement.classList.add(${JSON.stringify(SAVED_DESIGN_CLASS)})}catch(e){}`;

/**
 * Until the canvas is ready, a click on a marked button is kept on <html> (the last one wins)
 * instead of reaching React, which would drop it, so the page's script carries it out.
 */
const EARLY_CLICK_RECORDER = `document.addEventListener('click',function(e){var h=document.documentElement;if(h.hasAttribute(${JSON.stringify(CANVAS_READY_ATTRIBUTE)}))return;var b=e.target&&e.target.closest&&e.target.closest('[${EARLY_ACTION_ATTRIBUTE}]');if(!b)return;e.stopPropagation();e.preventDefault();h.setAttribute(${JSON.stringify(EARLY_ACTION_ATTRIBUTE)},b.getAttribute(${JSON.stringify(EARLY_ACTION_ATTRIBUTE)}));document.dispatchEvent(new Event(${JSON.stringify(EARLY_ACTION_EVENT)}))},true);`;

/**
 * The page's one inline script, run before its first paint; its hash is in the
 * Content-Security-Policy, and it is the same text in the build and in the page. Build only.
 */
export const FIRST_SCRIPT = SAVED_DESIGN_PROBE + EARLY_CLICK_RECORDER;
