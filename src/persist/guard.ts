import type { SaveStamp } from './envelope';

/** Whether a tab may save now, and as which revision. */
export type SaveDecision =
  | { write: true; revision: number }
  /** Another tab saved a newer design since this tab last loaded or saved: ask the person. */
  | { write: false; newer: SaveStamp };

/**
 * The two-tab guard. `stored` is the stamp of what is saved now (null when nothing readable is),
 * `known` the revision this tab last loaded or saved. A tab writes over its own saves and over
 * older ones; it never silently writes over a newer revision saved by another tab.
 */
export function decideSave(stored: SaveStamp | null, known: number, tabId: string): SaveDecision {
  if (stored === null) return { write: true, revision: known + 1 };
  if (stored.revision > known && stored.tabId !== tabId) return { write: false, newer: stored };
  return { write: true, revision: Math.max(stored.revision, known) + 1 };
}

/** True when `stored` is a save by another tab newer than the revision this tab knows. */
export function isNewerElsewhere(stored: SaveStamp | null, known: number, tabId: string): boolean {
  return stored !== null && stored.revision > known && stored.tabId !== tabId;
}

/**
 * The stamp of saved text, read leniently (no checks on the design): enough for the guard.
 * Null when the text has no readable stamp.
 */
export function readStamp(text: string | null): SaveStamp | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { tabId, revision } = value as { tabId?: unknown; revision?: unknown };
    if (typeof tabId !== 'string' || typeof revision !== 'number') return null;
    if (!Number.isSafeInteger(revision) || revision < 0) return null;
    return { tabId, revision };
  } catch {
    return null;
  }
}
