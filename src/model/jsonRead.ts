import { isJsonObject, type JsonObject, type JsonValue } from './json';

/** Small readers for raw Kubernetes objects that tolerate missing or mistyped fields. */

/** The object at `key`, or undefined when absent or not an object. */
export function objectAt(value: JsonValue | undefined, key: string): JsonObject | undefined {
  if (!isJsonObject(value)) return undefined;
  const found = value[key];
  return isJsonObject(found) ? found : undefined;
}

/** The array at `key`, or an empty array. */
export function arrayAt(value: JsonValue | undefined, key: string): JsonValue[] {
  if (!isJsonObject(value)) return [];
  const found = value[key];
  return Array.isArray(found) ? found : [];
}

/** The string at `key`, or undefined. */
export function stringAt(value: JsonValue | undefined, key: string): string | undefined {
  if (!isJsonObject(value)) return undefined;
  const found = value[key];
  return typeof found === 'string' ? found : undefined;
}

/** The number at `key` (numeric strings are read too), or undefined. */
export function numberAt(value: JsonValue | undefined, key: string): number | undefined {
  if (!isJsonObject(value)) return undefined;
  const found = value[key];
  if (typeof found === 'number' && Number.isFinite(found)) return found;
  if (typeof found === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(found)) return Number(found);
  return undefined;
}

/** The strings of an array value (other entries are skipped). */
export function stringsOf(values: JsonValue[]): string[] {
  return values.filter((v): v is string => typeof v === 'string');
}

/** The annotations of the pod (the Pod's own metadata, or the pod template's). */
export function podAnnotations(design: {
  kind: string;
  metadata: JsonObject;
  templateMetadata: JsonObject;
}): JsonObject {
  const metadata = design.kind === 'Pod' ? design.metadata : design.templateMetadata;
  return objectAt(metadata, 'annotations') ?? {};
}
