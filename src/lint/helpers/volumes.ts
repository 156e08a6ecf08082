import { arrayAt, objectAt } from '../../model/jsonRead';
import type { Container, Design, Mount, Volume } from '../../model/types';

/** One container's mount of a volume, with its index in the container's `volumeMounts`. */
export interface VolumeMountRef {
  container: Container;
  mount: Mount;
  index: number;
}

/** Every mount of the named volume, in design order. */
export function mountsOf(design: Design, volume: string): VolumeMountRef[] {
  const result: VolumeMountRef[] = [];
  for (const container of design.containers) {
    container.mounts.forEach((mount, index) => {
      if (mount.volume === volume) result.push({ container, mount, index });
    });
  }
  return result;
}

/** The distinct containers that mount the named volume. */
export function containersMounting(design: Design, volume: string): Container[] {
  const seen = new Set<string>();
  const result: Container[] = [];
  for (const { container } of mountsOf(design, volume)) {
    if (seen.has(container.name)) continue;
    seen.add(container.name);
    result.push(container);
  }
  return result;
}

/** The automatic service-account token volume (never a channel between containers). */
export function isServiceAccountToken(volume: Volume): boolean {
  if (volume.name.startsWith('kube-api-access-')) return true;
  const sources = arrayAt(objectAt(volume.raw, 'projected'), 'sources');
  return sources.length > 0 && sources.some((s) => objectAt(s, 'serviceAccountToken'));
}

/** A producer writes to the volume: its mount is not read-only (§8.0). */
export function produces(container: Container, volume: string): boolean {
  return container.mounts.some((m) => m.volume === volume && m.readOnly !== true);
}

/** A consumer reads from the volume: a read-only mount, or any mount of a log shipper (§8.0). */
export function consumes(container: Container, volume: string): boolean {
  return container.mounts.some(
    (m) => m.volume === volume && (m.readOnly === true || container.purpose === 'log-shipper'),
  );
}

/** "producer writes into volume, consumer reads it": the volume links of §8.0. */
export interface VolumeLink {
  volume: string;
  producer: Container;
  consumer: Container;
}

export function volumeLinks(design: Design): VolumeLink[] {
  const result: VolumeLink[] = [];
  for (const volume of design.volumes) {
    if (isServiceAccountToken(volume)) continue;
    const users = containersMounting(design, volume.name);
    for (const producer of users) {
      if (!produces(producer, volume.name)) continue;
      for (const consumer of users) {
        if (consumer.name === producer.name || !consumes(consumer, volume.name)) continue;
        result.push({ volume: volume.name, producer, consumer });
      }
    }
  }
  return result;
}

/** True when the container shares some volume (other than the token volume) with another one. */
export function sharesVolume(design: Design, container: Container): boolean {
  return design.volumes.some(
    (volume) =>
      !isServiceAccountToken(volume) &&
      container.mounts.some((m) => m.volume === volume.name) &&
      containersMounting(design, volume.name).length > 1,
  );
}
