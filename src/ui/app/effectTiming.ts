import { options } from 'preact';

const pending: (() => void)[] = [];
const channel = new MessageChannel();
channel.port1.onmessage = () => {
  for (const run of pending.splice(0)) run();
};

/**
 * Runs effects in a task of their own right after the render that asked for them, as React
 * does, rather than after the next painted frame, Preact's default. The page and React Flow are
 * written against React's timing, and the canvas sets up its panning, zooming and dragging in
 * effects: a frame's wait would leave the drawn canvas deaf to the person for that frame.
 */
export function runEffectsAfterRender(): void {
  options.requestAnimationFrame = (callback) => {
    if (pending.push(callback) === 1) channel.port2.postMessage(null);
  };
}
