import { DESIGN_KEY } from '../persist/keys';

/**
 * The class the page's first script puts on <html> when a saved design (or a shared one) will
 * replace the prerendered new design; the page then renders afresh instead of hydrating.
 */
export const SAVED_DESIGN_CLASS = 'has-saved-design';

/**
 * The one inline script of the page, run before its first paint: when a design is saved (or a
 * share link opens one), the prerendered diagram, manifest and warnings stay hidden until the
 * page draws the right design, so the person never sees the new design flash by first. Its
 * hash is in the Content-Security-Policy; it is the same text in the build and in the page.
 */
export const SAVED_DESIGN_PROBE = `try{if(localStorage.getItem(${JSON.stringify(DESIGN_KEY)})!==null||/design=/.test(location.hash))document.documentElement.classList.add(${JSON.stringify(SAVED_DESIGN_CLASS)})}catch(e){}`;
