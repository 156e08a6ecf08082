import { cloneJson, type JsonObject } from '../../model/json';
import type { Container, Design, KubernetesVersion } from '../../model/types';
import { minorOf } from '../context';

/**
 * Small pure edits for one-click fixes. Each returns a new Design and leaves its input as it
 * was; containers that change are copied, the others are shared.
 */

/** The design with the named container replaced by `change(copy)`. */
export function updateContainer(
  design: Design,
  name: string,
  change: (container: Container) => Container,
): Design {
  return {
    ...design,
    containers: design.containers.map((c) =>
      c.name === name ? change({ ...c, raw: cloneJson(c.raw), mounts: [...c.mounts] }) : c,
    ),
  };
}

/** The design with container `name` moved to just before container `before` in declaration order. */
export function moveBefore(design: Design, name: string, before: string): Design {
  const moving = design.containers.find((c) => c.name === name);
  if (!moving || name === before) return design;
  const rest = design.containers.filter((c) => c.name !== name);
  const at = rest.findIndex((c) => c.name === before);
  if (at < 0) return design;
  return { ...design, containers: [...rest.slice(0, at), moving, ...rest.slice(at)] };
}

/**
 * The container made a native sidecar: role `sidecar`, placed in `initContainers` (through its
 * own override only when the design's mode is legacy), its `restartPolicy` left to the model.
 */
export function asNativeSidecar(design: Design, container: Container): Container {
  const result: Container = { ...container, role: 'sidecar' };
  if (design.sidecarMode === 'native') delete result.mode;
  else result.mode = 'native';
  if ('restartPolicy' in result.raw) result.raw = { ...result.raw, restartPolicy: null };
  return result;
}

/** The first version with native sidecars on by default (§1.1). */
export const NATIVE_SIDECAR_TARGET: KubernetesVersion = '1.29';

/** The design with its target raised to 1.29 when below, and a sentence saying so (or ''). */
export function withNativeSidecarTarget(design: Design): { design: Design; note: string } {
  if (minorOf(design.target) >= minorOf(NATIVE_SIDECAR_TARGET)) return { design, note: '' };
  return {
    design: { ...design, target: NATIVE_SIDECAR_TARGET },
    note: ` The target was raised from ${design.target} to ${NATIVE_SIDECAR_TARGET}, the first version with native sidecars on by default.`,
  };
}

/** The named container made a native sidecar, raising the target when needed. */
export function makeNativeSidecar(design: Design, name: string): { design: Design; note: string } {
  const changed = updateContainer(design, name, (c) => asNativeSidecar(design, c));
  return withNativeSidecarTarget(changed);
}

/** A copy of `raw` with `key` set in the object at `path` (created when missing). */
export function setIn(
  raw: JsonObject,
  path: readonly string[],
  key: string,
  value: JsonObject[string],
): JsonObject {
  const copy = cloneJson(raw);
  let node: JsonObject = copy;
  for (const step of path) {
    const next = node[step];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) node = next;
    else {
      const created: JsonObject = {};
      node[step] = created;
      node = created;
    }
  }
  node[key] = value;
  return copy;
}
