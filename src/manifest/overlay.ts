import type { JsonObject, JsonValue } from '../model/json';

/**
 * Writes a raw object back with the fields the model owns. Keys keep the raw object's order;
 * an owned key whose value is `undefined` is left out (its placeholder too); owned keys the raw
 * object lacks are added, those named in `first` at the front, the others at the end.
 */
export function overlay(
  raw: JsonObject,
  owned: Record<string, JsonValue | undefined>,
  first: readonly string[] = [],
): JsonObject {
  const result: JsonObject = {};
  for (const key of first) {
    const value = owned[key];
    if (!Object.hasOwn(raw, key) && value !== undefined) result[key] = value;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (Object.hasOwn(owned, key)) {
      const mine = owned[key];
      if (mine !== undefined) result[key] = mine;
    } else {
      result[key] = value;
    }
  }
  for (const [key, value] of Object.entries(owned)) {
    if (value !== undefined && !Object.hasOwn(result, key)) result[key] = value;
  }
  return result;
}

/**
 * A shallow copy of `object` with the given keys (those present) replaced by `null` placeholders.
 * An empty list stays `[]`: that placeholder says the file wrote the list empty on purpose.
 */
export function withPlaceholders(object: JsonObject, keys: readonly string[]): JsonObject {
  const result: JsonObject = { ...object };
  for (const key of keys) {
    if (!Object.hasOwn(result, key)) continue;
    const value = result[key];
    result[key] = Array.isArray(value) && value.length === 0 ? [] : null;
  }
  return result;
}

/** True when the raw object had this key (so the generator writes it back at its place). */
export function hadKey(raw: JsonObject, key: string): boolean {
  return Object.hasOwn(raw, key);
}

/** A list for an owned key: written when it has entries or when the file wrote it empty. */
export function listValue(
  raw: JsonObject,
  key: string,
  items: JsonValue[],
): JsonValue[] | undefined {
  const writtenEmpty = Array.isArray(raw[key]) && (raw[key] as JsonValue[]).length === 0;
  return items.length || writtenEmpty ? items : undefined;
}

/**
 * The raw object with a `null` placeholder for `key` right after `afterKey`, when it has
 * `afterKey` but not `key`: a new owned field then lands where people look for it.
 */
export function withSlot(raw: JsonObject, key: string, afterKey: string): JsonObject {
  if (hadKey(raw, key) || !hadKey(raw, afterKey)) return raw;
  const result: JsonObject = {};
  for (const [name, value] of Object.entries(raw)) {
    result[name] = value;
    if (name === afterKey) result[key] = null;
  }
  return result;
}
