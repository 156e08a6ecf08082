import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while the page renders on the server (the build's prerender) and while it takes the
 * prerendered HTML over; true from then on. For what only a browser has, e.g. a portal into
 * document.body.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
