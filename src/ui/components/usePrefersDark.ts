import { useSyncExternalStore } from 'react';
import { useHydrated } from '../idle/useHydrated';

const query = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

function prefersDark(): boolean {
  return window.matchMedia(query).matches;
}

/**
 * True while the person's system asks for a dark colour scheme; false in the prerendered page
 * and while the page takes it over, so that hydration finds the markup it expects.
 */
export function usePrefersDark(): boolean {
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  return useHydrated() && dark;
}
