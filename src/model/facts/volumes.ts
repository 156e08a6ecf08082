import type { Design, Volume, VolumeType } from '../types';

/**
 * Volume types whose files Kubernetes always presents read-only: configMap, secret, projected
 * and downwardAPI are written by the kubelet, and since 1.9 they are mounted read-only whatever
 * the mount says (kubernetes.io "Volumes", configMap and secret sections).
 */
export const READ_ONLY_VOLUME_TYPES: ReadonlySet<VolumeType> = new Set([
  'configMap',
  'secret',
  'projected',
  'downwardAPI',
]);

/**
 * Whether to suggest a read-only mount: yes for configuration and secret volumes, and for image
 * volumes, which the kubelet always mounts read-only (KEP-4639, kubernetes.io "Volumes", image).
 */
export function suggestReadOnly(volume: Volume | undefined): boolean {
  if (volume === undefined) return false;
  return READ_ONLY_VOLUME_TYPES.has(volume.type) || volume.raw.image !== undefined;
}

/**
 * The mount path to suggest for mounting `volume` into `container`: the path another container
 * already uses for that volume (so that both see the files at the same place), else
 * `/mnt/<volume>`; a path the container already uses is skipped.
 */
export function suggestMountPath(design: Design, container: string, volume: string): string {
  const taken = new Set(
    design.containers.find((c) => c.name === container)?.mounts.map((m) => m.mountPath) ?? [],
  );
  for (const other of design.containers) {
    if (other.name === container) continue;
    const shared = other.mounts.find((m) => m.volume === volume && !taken.has(m.mountPath));
    if (shared) return shared.mountPath;
  }
  const base = `/mnt/${volume}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
