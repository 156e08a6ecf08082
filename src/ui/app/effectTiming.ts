import { options } from 'preact';

/**
 * Runs effects right after the render that asked for them, in the same task, rather than after
 * the next painted frame, Preact's default. React Flow shows a change only once its effects have
 * passed the new nodes to its store, and the canvas sets up its panning, zooming and dragging in
 * effects: after the frame, an edit would paint a frame late and the canvas answer a frame late.
 * What may follow a frame later says so itself (see useFrameLate).
 */
export function runEffectsAfterRender(): void {
  options.requestAnimationFrame = (callback) => queueMicrotask(callback);
}
