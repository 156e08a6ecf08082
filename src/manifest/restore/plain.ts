import type { JsonObject, JsonValue } from '../../model/json';
import { MAX_DEPTH, MAX_VALUES, tooDeepMessage, tooManyValuesMessage } from './limits';
import { formatPath, type PathSegment } from './path';

/**
 * Keys that change an object's prototype when assigned (`object.__proto__ = value`): never
 * imported. `constructor` and `prototype` are ordinary own keys of a plain object, valid label,
 * annotation and ConfigMap keys, and are kept (readers use own-property checks, never `in`).
 */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__']);

/** A hostile key that was dropped, and the path of the mapping it was in. */
export interface DroppedKey {
  key: string;
  /** Path of the dropped key itself (its mapping's path plus the key). */
  path: PathSegment[];
}

/** A document as fresh, plain JSON, or why it cannot be one. */
export type PlainResult =
  | { ok: true; value: JsonValue; dropped: DroppedKey[] }
  | { ok: false; message: string; path: PathSegment[] };

class NotPlain extends Error {
  constructor(
    message: string,
    readonly path: PathSegment[],
  ) {
    super(message);
  }
}

/** Counts values across all documents of one import, to stop aliases that expand too far. */
export interface ValueBudget {
  remaining: number;
}

/** A fresh budget of {@link MAX_VALUES} values. */
export function valueBudget(): ValueBudget {
  return { remaining: MAX_VALUES };
}

/** A mapping key as the text Kubernetes reads it (YAML `1:` and `true:` become "1" and "true"). */
function keyText(key: unknown, path: PathSegment[]): string {
  if (typeof key === 'string') return key;
  if (key === null || typeof key === 'number' || typeof key === 'boolean') return String(key);
  throw new NotPlain(
    `A mapping key at ${formatPath(path) || 'the top of the document'} is itself a list or mapping; Kubernetes manifests use only text keys.`,
    path,
  );
}

/**
 * Copies a document read by `readYaml` into fresh plain JSON objects and arrays. Keys named
 * `__proto__` are never written anywhere: they are dropped and listed. Values without a JSON form are refused: numbers that are not finite, and any object
 * that is not a mapping or a list. Depth and size are bounded (aliases can nest and repeat
 * content that the parser's own limits never saw).
 */
export function toPlainJson(document: unknown, budget: ValueBudget = valueBudget()): PlainResult {
  const dropped: DroppedKey[] = [];
  const path: PathSegment[] = [];

  const copy = (value: unknown, depth: number): JsonValue => {
    budget.remaining--;
    if (budget.remaining < 0) throw new NotPlain(tooManyValuesMessage(), [...path]);
    if (depth > MAX_DEPTH) throw new NotPlain(tooDeepMessage(), [...path]);
    if (value === null || value === undefined) return null;
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      throw new NotPlain(
        `The value at ${formatPath(path)} is ${value}, which JSON and the Kubernetes API cannot hold.`,
        [...path],
      );
    }
    if (Array.isArray(value)) {
      const items: JsonValue[] = [];
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        items.push(copy(value[i], depth + 1));
        path.pop();
      }
      return items;
    }
    if (value instanceof Map) {
      const object: JsonObject = {};
      for (const [rawKey, item] of value) {
        const key = keyText(rawKey, path);
        path.push(key);
        if (HOSTILE_KEYS.has(key)) dropped.push({ key, path: [...path] });
        else object[key] = copy(item, depth + 1);
        path.pop();
      }
      return object;
    }
    const what = Object.prototype.toString.call(value).slice(8, -1);
    throw new NotPlain(
      `The value at ${formatPath(path) || 'the top of the document'} is a ${what}, which a Kubernetes manifest cannot hold.`,
      [...path],
    );
  };

  try {
    return { ok: true, value: copy(document, 0), dropped };
  } catch (error) {
    if (error instanceof NotPlain) return { ok: false, message: error.message, path: error.path };
    throw error;
  }
}
