import { setAsideKeyFor } from '../keys';
import { type KeyValueStorage, readItem, writeItem } from './storageAccess';

/** Copies damaged saved text to a set-aside key; the key used, or null when it could not. */
export function setAside(storage: KeyValueStorage, text: string): string | null {
  const key = setAsideKeyFor(text, (candidate) => readItem(storage, candidate));
  if (key === null) return null;
  if (readItem(storage, key) === text) return key;
  return writeItem(storage, key, text).ok ? key : null;
}
