// Marks shared by the page's inline first script (src/build/firstScript.ts) and its own script.
// Plain strings, so the page's script carries only these and not the inline script's text.

/**
 * The class the first script puts on <html> when a saved design (or a shared one) will replace
 * the prerendered new design; the page then renders afresh instead of hydrating.
 */
export const SAVED_DESIGN_CLASS = 'has-saved-design';

/**
 * The attribute that marks a button of the prerendered page whose click must not be lost while
 * the part of the page around it is still loading (React drops such a click: the canvas waits for
 * React Flow). Its value names the action; see src/ui/app/earlyActions.ts.
 */
export const EARLY_ACTION_ATTRIBUTE = 'data-early-action';

/** Put on <html> once the canvas has come to life: from then on React handles every click. */
export const CANVAS_READY_ATTRIBUTE = 'data-canvas-ready';

/** Sent on the document when a click was kept, for the page's script if it is running. */
export const EARLY_ACTION_EVENT = 'sidecar-studio:early-action';
