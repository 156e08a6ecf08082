import type { JsonObject } from '../json';
import type { Container, ContainerRole, Design, SidecarMode, SidecarPurpose } from '../types';
import { OpError } from './opError';
import { requireContainer, updateContainer } from './shared';

export interface RoleOptions {
  /** For a sidecar: a placement that differs from the design's sidecar mode. */
  mode?: SidecarMode;
  /** For a sidecar: what it is for. */
  purpose?: SidecarPurpose;
}

/**
 * The container raw object for a new role. A sidecar's `restartPolicy` belongs to the model
 * (written as `Always` in native placement), so a value read for another role becomes a
 * placeholder; a placeholder left by a former sidecar is dropped.
 */
function rawForRole(raw: JsonObject, from: ContainerRole, to: ContainerRole): JsonObject {
  if (from === to || !('restartPolicy' in raw)) return raw;
  if (to === 'sidecar') return { ...raw, restartPolicy: null };
  if (from === 'sidecar' && raw.restartPolicy === null) {
    const { restartPolicy: _placeholder, ...rest } = raw;
    return rest;
  }
  return raw;
}

/**
 * Gives a container the role main, sidecar or init; this confirms a guessed role. A main or init
 * container has no sidecar mode or purpose, so both are dropped. A container that becomes a
 * sidecar follows the design's sidecar mode unless `options.mode` asks for another placement; a
 * sidecar that stays one keeps its mode and purpose unless the options replace them.
 */
export function setContainerRole(
  design: Design,
  name: string,
  role: ContainerRole,
  options: RoleOptions = {},
): Design {
  const container = requireContainer(design, name);
  if (role !== 'sidecar' && (options.mode !== undefined || options.purpose !== undefined)) {
    throw new OpError('Only sidecars have a sidecar mode or a purpose.');
  }
  return updateContainer(design, name, (c) => {
    const { mode, purpose, guessed: _guessed, guessReason: _reason, ...rest } = c;
    const next: Container = { ...rest, role, raw: rawForRole(c.raw, container.role, role) };
    if (role !== 'sidecar') return next;
    const wasSidecar = c.role === 'sidecar';
    const keptMode = options.mode ?? (wasSidecar ? mode : undefined);
    if (keptMode !== undefined && keptMode !== design.sidecarMode) next.mode = keptMode;
    const keptPurpose = options.purpose ?? (wasSidecar ? purpose : undefined);
    if (keptPurpose !== undefined) next.purpose = keptPurpose;
    return next;
  });
}

/**
 * Sets (or, with undefined, clears) what a sidecar is for; this confirms a guessed purpose.
 * Throws OpError for a container that is not a sidecar.
 */
export function setContainerPurpose(
  design: Design,
  name: string,
  purpose: SidecarPurpose | undefined,
): Design {
  const container = requireContainer(design, name);
  if (container.role !== 'sidecar') {
    throw new OpError(`Only sidecars have a purpose; "${name}" is ${roleWords(container.role)}.`);
  }
  return updateContainer(design, name, (c) => {
    const { purpose: _old, guessed: _guessed, guessReason: _reason, ...rest } = c;
    return purpose === undefined ? rest : { ...rest, purpose };
  });
}

/** The role as people say it: "a main container", "a sidecar", "an init container". */
export function roleWords(role: ContainerRole): string {
  if (role === 'init') return 'an init container';
  return role === 'sidecar' ? 'a sidecar' : 'a main container';
}
