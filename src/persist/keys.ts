/** The storage key of the saved design (the envelope as JSON). */
export const DESIGN_KEY = 'sidecar-studio:design';

/**
 * Where saved text that cannot be opened is set aside, never deleted: this key, or if it already
 * holds other text, the same key followed by `:2`, `:3`, ...
 */
export const SET_ASIDE_KEY = 'sidecar-studio:design:corrupt';

/** How many set-aside keys are tried before giving up (each holds a different damaged text). */
export const MAX_SET_ASIDE = 100;

/**
 * The key to set `text` aside under: the first set-aside key that is free or already holds the
 * same text (so reloading the page does not copy it again), or null when all are taken.
 */
export function setAsideKeyFor(text: string, read: (key: string) => string | null): string | null {
  for (let n = 1; n <= MAX_SET_ASIDE; n++) {
    const key = n === 1 ? SET_ASIDE_KEY : `${SET_ASIDE_KEY}:${n}`;
    const held = read(key);
    if (held === null || held === text) return key;
  }
  return null;
}
