let takingOver = false;

/**
 * Runs `hydrate`, during which the page renders exactly what was prerendered. Preact keeps the
 * prerendered DOM as it finds it while hydrating, so whatever differs in this browser (a saved
 * layout, a dark scheme, a portal) is drawn by a render of its own right after (see useHydrated).
 */
export function takeOverPrerenderedPage(hydrate: () => void): void {
  takingOver = true;
  try {
    hydrate();
  } finally {
    takingOver = false;
  }
}

/** False on the server (the build's prerender) and while the page takes the prerender over. */
export function isPastHydration(): boolean {
  return typeof document !== 'undefined' && !takingOver;
}
