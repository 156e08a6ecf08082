import { MAX_DEPTH, tooDeepMessage } from '../manifest/restore/limits';
import { formatPath } from '../manifest/restore/path';
import { toPlainJson } from '../manifest/restore/plain';
import type { JsonValue } from '../model/json';

/** Reading JSON text into fresh plain data: the data, the hostile keys dropped, or why not. */
export type PlainJsonResult =
  | { ok: true; value: JsonValue; dropped: string[] }
  | { ok: false; reason: string };

class TooDeep extends Error {}

/**
 * The parsed JSON with every object as a Map, the form the restore door copies from. JSON.parse
 * keeps a key named `__proto__` as an own property, which Object.entries reads like any other.
 */
function asMaps(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return value.map((item) => asMaps(item, depth + 1));
  if (typeof value === 'object' && value !== null) {
    return new Map(Object.entries(value).map(([key, item]) => [key, asMaps(item, depth + 1)]));
  }
  return value;
}

/**
 * Reads untrusted JSON text through the restore door's copier: a fresh plain value whose keys
 * named `__proto__` are dropped (and listed by path), with the door's bounds on depth and size.
 */
export function readPlainJson(text: string): PlainJsonResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `The saved data is not valid JSON (${reason}).` };
  }
  let maps: unknown;
  try {
    maps = asMaps(parsed, 0);
  } catch (error) {
    if (error instanceof TooDeep) return { ok: false, reason: tooDeepMessage() };
    throw error;
  }
  const plain = toPlainJson(maps);
  if (!plain.ok) return { ok: false, reason: plain.message };
  return { ok: true, value: plain.value, dropped: plain.dropped.map((d) => formatPath(d.path)) };
}
