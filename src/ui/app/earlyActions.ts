import {
  CANVAS_READY_ATTRIBUTE,
  EARLY_ACTION_ATTRIBUTE,
  EARLY_ACTION_EVENT,
} from '../../build/pageMarks';

/** What a kept click on a marked button of the prerendered page does, by the button's mark. */
export type EarlyActions = Readonly<Record<string, () => void>>;

/**
 * Carries out the click the page's first script kept before this script ran, if any, and each
 * one it keeps from now until the canvas is ready. An unknown mark is dropped.
 */
export function takeEarlyActions(actions: EarlyActions): void {
  const html = document.documentElement;
  const run = () => {
    const name = html.getAttribute(EARLY_ACTION_ATTRIBUTE);
    if (name === null) return;
    html.removeAttribute(EARLY_ACTION_ATTRIBUTE);
    if (Object.hasOwn(actions, name)) actions[name]?.();
  };
  run();
  document.addEventListener(EARLY_ACTION_EVENT, run);
}

/** Said by the canvas once it is drawn by React: clicks on it then reach React itself. */
export function markCanvasInteractive(): void {
  document.documentElement.setAttribute(CANVAS_READY_ATTRIBUTE, '');
}
