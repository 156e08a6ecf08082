import { declaredPorts } from '../../model/ports';
import type { Design, Volume, VolumeType } from '../../model/types';
import { selectionOf } from './selection';

/** What dragging from one node to another asks to create. */
export type ConnectRequest =
  | { kind: 'mount'; container: string; volume: string }
  | { kind: 'link'; from: string; to: string };

/**
 * The request a drag from node `source` to node `target` stands for: a container onto a volume
 * mounts it, a container onto another container links them. Anything else is no request.
 */
export function connectRequestOf(
  design: Design,
  source: string,
  target: string,
): ConnectRequest | null {
  const from = selectionOf(source);
  const to = selectionOf(target);
  if (from?.kind !== 'container' || to === null) return null;
  if (!design.containers.some((c) => c.name === from.name)) return null;
  if (to.kind === 'volume') {
    if (!design.volumes.some((v) => v.name === to.name)) return null;
    return { kind: 'mount', container: from.name, volume: to.name };
  }
  if (to.name === from.name || !design.containers.some((c) => c.name === to.name)) return null;
  return { kind: 'link', from: from.name, to: to.name };
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

/** Volume types whose files Kubernetes always presents read-only. */
const READ_ONLY_TYPES: ReadonlySet<VolumeType> = new Set([
  'configMap',
  'secret',
  'projected',
  'downwardAPI',
]);

/** Whether to suggest a read-only mount: yes for configuration and secret volumes. */
export function suggestReadOnly(volume: Volume | undefined): boolean {
  return volume !== undefined && READ_ONLY_TYPES.has(volume.type);
}

/** The ports a container declares (`ports[].containerPort`), in order, without repeats. */
export function containerPortsOf(design: Design, container: string): number[] {
  const found = design.containers.find((c) => c.name === container);
  if (!found) return [];
  const ports = declaredPorts(found)
    .map((p) => p.containerPort)
    .filter((p): p is number => p !== undefined);
  return [...new Set(ports)];
}

/** The port the person typed, as a number (not a number when the text is not one). */
export function parsePort(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
