import { useLayoutEffect, useState } from 'react';
import { isPastHydration } from '../idle/hydration';

const query = '(prefers-color-scheme: dark)';

function prefersDark(): boolean {
  return window.matchMedia(query).matches;
}

/**
 * True while the person's system asks for a dark colour scheme. False in the prerendered page and
 * while the page takes it over, so that hydration finds the markup it expects; a dark scheme is
 * drawn right after, before the first paint, and a light one costs no render at all.
 */
export function usePrefersDark(): boolean {
  const [dark, setDark] = useState(() => isPastHydration() && prefersDark());
  useLayoutEffect(() => {
    const list = window.matchMedia(query);
    const follow = () => setDark(list.matches);
    follow();
    list.addEventListener('change', follow);
    return () => list.removeEventListener('change', follow);
  }, []);
  return dark;
}
