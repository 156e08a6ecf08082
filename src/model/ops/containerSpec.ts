import { cloneJson, type JsonObject, type JsonValue } from '../json';
import type { Container, Design } from '../types';
import { OpError } from './opError';
import { updateContainer } from './shared';

/** Changes to a container's Kubernetes fields: a value sets the field, undefined deletes it. */
export type SpecPatch = { [field: string]: JsonValue | undefined };

/** Fields that other ops edit: the name (renameContainer) and the mounts (connectMount, ...). */
const OWNED_FIELDS: Record<string, string> = {
  name: 'Rename the container instead of editing its "name" field.',
  volumeMounts: 'Connect or disconnect volumes instead of editing "volumeMounts".',
};

function assertPatchAllowed(container: Container, patch: SpecPatch): void {
  for (const field of Object.keys(patch)) {
    const owned = OWNED_FIELDS[field];
    if (owned) throw new OpError(owned);
  }
  if (!('restartPolicy' in patch)) return;
  if (container.role === 'sidecar') {
    throw new OpError(
      "A sidecar's restartPolicy follows from its role and sidecar mode; change those instead.",
    );
  }
  if (container.role === 'init' && patch.restartPolicy === 'Always') {
    throw new OpError(
      'An init container with restartPolicy "Always" is a sidecar; change its role instead.',
    );
  }
}

/**
 * Sets or deletes Kubernetes fields of a container (image, command, args, ports, env, resources,
 * probes, lifecycle, ...): each key of `patch` with a value replaces the field, each key with
 * undefined removes it; fields not named in the patch keep their value and position. Refuses the
 * fields the model owns: `name`, `volumeMounts`, and a sidecar's `restartPolicy`.
 */
export function updateContainerSpec(design: Design, name: string, patch: SpecPatch): Design {
  return updateContainer(design, name, (c) => {
    assertPatchAllowed(c, patch);
    const raw: JsonObject = { ...c.raw };
    for (const [field, value] of Object.entries(patch)) {
      if (value === undefined) delete raw[field];
      else raw[field] = cloneJson(value);
    }
    return { ...c, raw };
  });
}
