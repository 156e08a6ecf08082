import type { Container, Design, Mount } from '../types';
import { OpError } from './opError';
import { requireContainer, requireVolume, updateContainer } from './shared';

export interface MountRequest {
  volume: string;
  mountPath: string;
  readOnly?: boolean;
  /** A path inside the volume; empty or undefined mounts the whole volume. */
  subPath?: string;
}

/** Changes to a mount; a key present with the value undefined clears `readOnly` or `subPath`. */
export type MountPatch = Partial<MountRequest>;

function assertMountPath(container: Container, mountPath: string, ignoreIndex: number): void {
  if (!mountPath.startsWith('/')) {
    throw new OpError(`The mount path "${mountPath}" must be absolute (start with "/").`);
  }
  if (container.mounts.some((m, i) => i !== ignoreIndex && m.mountPath === mountPath)) {
    throw new OpError(`"${container.name}" already mounts a volume at ${mountPath}.`);
  }
}

function assertSubPath(mount: Mount | undefined, subPath: string | undefined): void {
  if (subPath === undefined || subPath === '') return;
  if (subPath.startsWith('/') || subPath.split('/').includes('..')) {
    throw new OpError(`The sub-path "${subPath}" must be relative and must not contain "..".`);
  }
  const expr = mount?.raw.subPathExpr;
  if (typeof expr === 'string' && expr !== '') {
    throw new OpError('A mount cannot have both a sub-path and a sub-path expression.');
  }
}

function requireMount(container: Container, index: number): Mount {
  const mount = Number.isInteger(index) ? container.mounts[index] : undefined;
  if (!mount) throw new OpError(`"${container.name}" has no mount number ${index + 1}.`);
  return mount;
}

/**
 * A mount with `readOnly` and `subPath` as given: `readOnly` is kept only when true and `subPath`
 * only when not empty.
 */
function withOptions(
  mount: Mount,
  readOnly: boolean | undefined,
  subPath: string | undefined,
): Mount {
  const { readOnly: _r, subPath: _s, ...rest } = mount;
  const next: Mount = rest;
  if (readOnly) next.readOnly = true;
  if (subPath !== undefined && subPath !== '') next.subPath = subPath;
  return next;
}

/**
 * Mounts a volume (pod volume or volumeClaimTemplate) into a container. The mount path must be
 * absolute and free in that container; a sub-path must be relative without "..".
 */
export function connectMount(design: Design, containerName: string, request: MountRequest): Design {
  const container = requireContainer(design, containerName);
  requireVolume(design, request.volume);
  assertMountPath(container, request.mountPath, -1);
  assertSubPath(undefined, request.subPath);
  const base: Mount = { volume: request.volume, mountPath: request.mountPath, raw: {} };
  const mount = withOptions(base, request.readOnly, request.subPath);
  return updateContainer(design, containerName, (c) => ({ ...c, mounts: [...c.mounts, mount] }));
}

/**
 * Changes the mount at `index` of a container's mounts: its volume, path, read-only flag or
 * sub-path, with the same checks as connectMount. Other mount fields are kept.
 */
export function updateMount(
  design: Design,
  containerName: string,
  index: number,
  patch: MountPatch,
): Design {
  const container = requireContainer(design, containerName);
  const mount = requireMount(container, index);
  const volume = patch.volume ?? mount.volume;
  const mountPath = patch.mountPath ?? mount.mountPath;
  const subPath = 'subPath' in patch ? patch.subPath : mount.subPath;
  requireVolume(design, volume);
  assertMountPath(container, mountPath, index);
  if (subPath !== mount.subPath) assertSubPath(mount, subPath);
  const updated = withOptions({ ...mount, volume, mountPath }, mount.readOnly, subPath);
  // An untouched readOnly keeps its value (even an explicit false read from YAML).
  if ('readOnly' in patch) {
    if (patch.readOnly) updated.readOnly = true;
    else delete updated.readOnly;
  } else if (mount.readOnly !== undefined) {
    updated.readOnly = mount.readOnly;
  }
  return updateContainer(design, containerName, (c) => ({
    ...c,
    mounts: c.mounts.map((m, i) => (i === index ? updated : m)),
  }));
}

/** Removes the mount at `index` of a container's mounts. */
export function disconnectMount(design: Design, containerName: string, index: number): Design {
  const container = requireContainer(design, containerName);
  requireMount(container, index);
  return updateContainer(design, containerName, (c) => ({
    ...c,
    mounts: c.mounts.filter((_, i) => i !== index),
  }));
}
