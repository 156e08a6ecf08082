import { useSyncExternalStore } from 'react';

/**
 * The moment the page may load what the canvas does not need (the editor, the lint rules, the
 * inspector forms, the dialogs, the timeline): once the canvas is interactive (React Flow's
 * 'canvas-ready' mark) and the browser is idle, so that none of it competes with the first
 * paint or the first interaction. Should the canvas never get ready, the page goes on after
 * {@link LATEST_MS}. On the server (the build's prerender) the moment has always come.
 */
export const CANVAS_READY_MARK = 'canvas-ready';

/** The longest the page waits for the canvas before loading the rest anyway. */
export const LATEST_MS = 4000;

const onServer = typeof window === 'undefined';
let reached = onServer;
let started = false;
const listeners = new Set<() => void>();
let resolveReached: () => void = () => {};
const reachedPromise = new Promise<void>((resolve) => {
  resolveReached = resolve;
});
if (reached) resolveReached();

function reach(): void {
  if (reached) return;
  reached = true;
  resolveReached();
  for (const listener of listeners) listener();
}

function whenIdle(then: () => void): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(then, { timeout: 500 });
  } else {
    setTimeout(then, 50);
  }
}

function canvasIsReady(): boolean {
  return performance.getEntriesByName(CANVAS_READY_MARK, 'mark').length > 0;
}

/** Starts watching for the canvas; idempotent. */
function start(): void {
  if (started || reached) return;
  started = true;
  const go = () => whenIdle(reach);
  const latest = setTimeout(reach, LATEST_MS);
  if (canvasIsReady()) {
    clearTimeout(latest);
    go();
    return;
  }
  try {
    const observer = new PerformanceObserver((list, self) => {
      if (!list.getEntries().some((entry) => entry.name === CANVAS_READY_MARK)) return;
      self.disconnect();
      clearTimeout(latest);
      go();
    });
    observer.observe({ type: 'mark', buffered: true });
  } catch {
    // No PerformanceObserver for marks: the latest moment still comes.
  }
}

/** Resolves once the canvas is interactive and the browser idle (at once on the server). */
export function afterCanvas(): Promise<void> {
  start();
  return reachedPromise;
}

function subscribe(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const isReached = () => reached;
/** The prerendered page never shows what waits for the canvas, so hydration matches it. */
const notOnFirstRender = () => false;

/** False until the canvas is interactive and the browser idle; then true for good. */
export function useAfterCanvas(): boolean {
  return useSyncExternalStore(subscribe, isReached, notOnFirstRender);
}
