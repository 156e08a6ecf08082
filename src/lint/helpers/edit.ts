import { cloneJson, type JsonObject } from '../../model/json';
import { type SpecPatch, updateContainerSpec } from '../../model/ops/containerSpec';
import { moveBefore as moveBeforeOp } from '../../model/ops/order';
import { updateContainer as updateContainerOp } from '../../model/ops/shared';
import { findContainer } from '../../model/placement';
import type { Container, Design, KubernetesVersion } from '../../model/types';
import { minorOf } from '../context';

/**
 * Small pure edits for one-click fixes. Each returns a new Design and leaves its input as it
 * was; containers that change are copied, the others are shared. A fix never fails: where a
 * model operation would refuse the request, these leave the design as it was.
 */

/** The design with the named container replaced by `change(copy)`; unchanged when it is missing. */
export function updateContainer(
  design: Design,
  name: string,
  change: (container: Container) => Container,
): Design {
  if (!findContainer(design, name)) return design;
  return updateContainerOp(design, name, (c) =>
    change({ ...c, raw: cloneJson(c.raw), mounts: [...c.mounts] }),
  );
}

/** The design with container `name` moved to just before container `before` in declaration order. */
export function moveBefore(design: Design, name: string, before: string): Design {
  if (name === before || !findContainer(design, name) || !findContainer(design, before)) {
    return design;
  }
  return moveBeforeOp(design, name, before);
}

/** A copy of a raw object without the given keys. */
export function withoutKeys(raw: JsonObject, keys: readonly string[]): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!keys.includes(key)) result[key] = value;
  }
  return result;
}

/** A new design whose named container lacks the given raw keys; undefined when it is missing. */
export function removeContainerFields(
  design: Design,
  name: string,
  keys: readonly string[],
): Design | undefined {
  if (!findContainer(design, name)) return undefined;
  return updateContainer(design, name, (c) => ({ ...c, raw: withoutKeys(c.raw, keys) }));
}

/** The index in a field path such as `volumeMounts[2].name` (2), for the given list. */
export function indexIn(field: string | undefined, list: string): number | undefined {
  const match = field ? new RegExp(`^${list}\\[(\\d+)\\]`).exec(field) : null;
  return match ? Number(match[1]) : undefined;
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

/** Fields whose value the model owns; a fix edits them through the model, never as raw fields. */
const MODEL_OWNED = ['name', 'volumeMounts', 'restartPolicy'];

/**
 * The design with Kubernetes fields of the named container set (a key with undefined removes
 * the field); unchanged when the container is missing or the patch names a field the model owns.
 */
export function patchContainer(design: Design, name: string, patch: SpecPatch): Design {
  if (!findContainer(design, name) || MODEL_OWNED.some((key) => key in patch)) return design;
  return updateContainerSpec(design, name, patch);
}
