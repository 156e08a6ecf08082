import type { Plugin } from 'vite';

/**
 * Keeps every module the page's entry imports statically in one chunk. Without it the bundler
 * splits each module the entry shares with a late-loaded part (the live session, the editor, the
 * inspector) into a small file of its own, and the first paint then fetches two dozen files whose
 * separate compression costs more than the code they hold. The late parts import this chunk,
 * which is already there when they load.
 */
export function firstPaintChunk(): { plugin: Plugin; isFirstPaint: (id: string) => boolean } {
  const firstPaint = new Set<string>();
  const plugin: Plugin = {
    name: 'sidecar-studio:first-paint-chunk',
    apply: 'build',
    buildEnd() {
      firstPaint.clear();
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (pending.length > 0) {
        const id = pending.pop() as string;
        if (firstPaint.has(id)) continue;
        firstPaint.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, isFirstPaint: (id) => firstPaint.has(id) };
}
