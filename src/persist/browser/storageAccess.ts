/** The part of the Web Storage API that saving uses; `window.localStorage` is one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The outcome of one write: done, or why not (`full` when the browser's quota was reached). */
export type WriteResult = { ok: true } | { ok: false; full: boolean; reason: string };

/** True for the errors browsers throw when storage is full (their names and codes differ). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/** The text under `key`, or null when there is none or storage cannot be read. */
export function readItem(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Writes `text` under `key`; never throws. */
export function writeItem(storage: KeyValueStorage, key: string, text: string): WriteResult {
  try {
    storage.setItem(key, text);
    return { ok: true };
  } catch (error) {
    const full = isQuotaError(error);
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, full, reason };
  }
}
