import type { JsonObject } from '../../model/json';
import type { Container, Design } from '../../model/types';

/** A new design in which the named container is replaced by `change(container)`. */
export function updateContainer(
  design: Design,
  name: string,
  change: (container: Container) => Container,
): Design | undefined {
  if (!design.containers.some((c) => c.name === name)) return undefined;
  return {
    ...design,
    containers: design.containers.map((c) => (c.name === name ? change(c) : c)),
  };
}

/** A copy of a raw object without the given keys. */
export function withoutKeys(raw: JsonObject, keys: readonly string[]): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!keys.includes(key)) result[key] = value;
  }
  return result;
}

/** A new design whose named container lacks the given raw keys. */
export function removeContainerFields(
  design: Design,
  name: string,
  keys: readonly string[],
): Design | undefined {
  return updateContainer(design, name, (c) => ({ ...c, raw: withoutKeys(c.raw, keys) }));
}

/** The index in a field path such as `volumeMounts[2].name` (2), for the given list. */
export function indexIn(field: string | undefined, list: string): number | undefined {
  const match = field ? new RegExp(`^${list}\\[(\\d+)\\]`).exec(field) : null;
  return match ? Number(match[1]) : undefined;
}
