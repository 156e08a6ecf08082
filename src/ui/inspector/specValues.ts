import { isPortNumber, parsePortText } from '../../model/facts/ports';
import { isJsonObject, type JsonObject, type JsonValue } from '../../model/json';
import { OpError } from '../../model/ops';

/** The lines of a list field such as `command` or `args`, one entry a line. */
export function linesOf(value: JsonValue | undefined): string {
  return Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v : String(v))).join('\n')
    : '';
}

/** A list field from text, one entry a line; blank lines are dropped, no lines clears it. */
export function listFromLines(text: string): string[] | undefined {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 ? lines : undefined;
}

/** The objects of a list field (`ports`, `env`), skipping anything that is not an object. */
export function objectsOf(value: JsonValue | undefined): JsonObject[] {
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}

/** A text form of a scalar field; empty for anything absent. */
export function textOf(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A port number typed by a person; throws OpError unless it is 1–65535. */
export function parsePort(text: string): number {
  const port = parsePortText(text);
  if (!isPortNumber(port)) {
    throw new OpError('A port must be a whole number from 1 to 65535.');
  }
  return port;
}

/** A list of objects with entry `index` replaced by `entry` with `key` set, or deleted when empty. */
export function withEntryField(
  entries: readonly JsonObject[],
  index: number,
  key: string,
  value: JsonValue | undefined,
): JsonObject[] {
  return entries.map((entry, i) => {
    if (i !== index) return entry;
    const next: JsonObject = { ...entry };
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
    return next;
  });
}

/** A list without entry `index`; undefined when nothing is left (the field is removed). */
export function withoutEntry(
  entries: readonly JsonObject[],
  index: number,
): JsonObject[] | undefined {
  const next = entries.filter((_, i) => i !== index);
  return next.length > 0 ? next : undefined;
}

export type ResourceGroup = 'requests' | 'limits';
export type ResourceName = 'cpu' | 'memory';

/** A container's `resources[group][name]` as text. */
export function resourceOf(
  resources: JsonValue | undefined,
  group: ResourceGroup,
  name: ResourceName,
): string {
  if (!isJsonObject(resources)) return '';
  const values = resources[group];
  return isJsonObject(values) ? textOf(values[name]) : '';
}

/**
 * The `resources` object with `group.name` set to `text` (or removed when empty); other fields
 * keep their value. Undefined when nothing is left.
 */
export function withResource(
  resources: JsonValue | undefined,
  group: ResourceGroup,
  name: ResourceName,
  text: string,
): JsonObject | undefined {
  const all: JsonObject = isJsonObject(resources) ? { ...resources } : {};
  const values: JsonObject = isJsonObject(all[group]) ? { ...(all[group] as JsonObject) } : {};
  const value = text.trim();
  if (value === '') delete values[name];
  else values[name] = value;
  if (Object.keys(values).length > 0) all[group] = values;
  else delete all[group];
  return Object.keys(all).length > 0 ? all : undefined;
}
