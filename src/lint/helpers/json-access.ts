import { graceSecondsOf } from '../../model/facts/pod';
import type { JsonObject, JsonValue } from '../../model/json';
import { isJsonObject } from '../../model/json';
import type { Container, Design } from '../../model/types';

/** True when a value is present: neither missing nor a `null` placeholder. */
export function isSet(value: JsonValue | undefined): value is JsonValue {
  return value !== undefined && value !== null;
}

/** The value as an object, or undefined. */
export function objectOf(value: JsonValue | undefined): JsonObject | undefined {
  return isJsonObject(value) ? value : undefined;
}

/** The value as an array, or undefined. */
export function arrayOf(value: JsonValue | undefined): JsonValue[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** The value as a number that is a whole number, or undefined. */
export function integerOf(value: JsonValue | undefined): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** Keys of a container's raw object whose value the model owns (placeholders). */
function isModelOwned(container: Container, key: string): boolean {
  if (key === 'name' || key === 'volumeMounts') return true;
  return key === 'restartPolicy' && container.role === 'sidecar';
}

/**
 * A Kubernetes field of a container as written by the user, skipping placeholders of fields the
 * model owns (`name`, `volumeMounts`, and `restartPolicy` of sidecars). Undefined when unset.
 */
export function fieldOf(container: Container, key: string): JsonValue | undefined {
  if (isModelOwned(container, key)) return undefined;
  const value = container.raw[key];
  return isSet(value) ? value : undefined;
}

/** A pod spec field, skipping placeholders. */
export function podField(design: Design, key: string): JsonValue | undefined {
  const value = design.podSpec[key];
  return isSet(value) ? value : undefined;
}

/** The pod's grace period (model/facts `graceSecondsOf`: 30 when unset, negative read as 1). */
export function gracePeriodOf(design: Design): number {
  return graceSecondsOf(design.podSpec);
}

/** The pod's `spec.os.name`, if set. */
export function podOsOf(design: Design): string | undefined {
  const name = objectOf(podField(design, 'os'))?.name;
  return typeof name === 'string' ? name : undefined;
}
