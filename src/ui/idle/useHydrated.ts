import { useLayoutEffect, useState } from 'react';
import { isPastHydration } from './hydration';

/**
 * False while the page renders on the server (the build's prerender) and in the render that takes
 * the prerendered HTML over; true from then on, drawn before the first paint. For what only this
 * browser knows: a saved layout, the colour scheme, a portal into document.body.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(isPastHydration);
  useLayoutEffect(() => {
    if (!hydrated) setHydrated(true);
  }, [hydrated]);
  return hydrated;
}
