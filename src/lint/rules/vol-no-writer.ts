import type { Container, Design, Volume } from '../../model/types';
import { startOrder } from '../helpers/containers';
import { updateContainer } from '../helpers/edit';
import { sources } from '../helpers/sources';
import { containersMounting, mountsOf } from '../helpers/volumes';
import type { Rule } from '../types';

const WRITABLE_TYPES = new Set(['emptyDir', 'persistentVolumeClaim', 'volumeClaimTemplate']);

function unwritable(design: Design): Volume[] {
  return design.volumes.filter((volume) => {
    if (!WRITABLE_TYPES.has(volume.type)) return false;
    const mounts = mountsOf(design, volume.name);
    return (
      containersMounting(design, volume.name).length >= 2 &&
      mounts.every((m) => m.mount.readOnly === true)
    );
  });
}

/** The likely writer: the first container to start that is not a reader by purpose. */
function likelyWriter(design: Design, volume: string): Container | undefined {
  const users = new Set(containersMounting(design, volume).map((c) => c.name));
  const candidates = startOrder(design).filter((c) => users.has(c.name));
  const readers = new Set(['log-shipper', 'config-reloader']);
  return candidates.find((c) => !c.purpose || !readers.has(c.purpose)) ?? candidates[0];
}

export const noWriter: Rule = {
  id: 'vol/no-writer',
  number: 'R36',
  severity: 'warning',
  title: 'Shared volume that nobody can write',
  explanation:
    'A volume shared between containers hands data from one to another. When every container mounts it read-only, nobody can write, so the hand-off cannot work.',
  sources: sources('D-VOL'),
  check(design) {
    return unwritable(design).map((volume) => {
      const names = containersMounting(design, volume.name).map((c) => `'${c.name}'`);
      return {
        volume: volume.name,
        message: `Volume '${volume.name}' is shared by ${names.join(', ')}, but every one of them mounts it read-only, so nothing can ever be written to it. Make the producer's mount writable.`,
      };
    });
  },
  fix(design, finding) {
    const volume = unwritable(design).find((v) => v.name === finding.volume);
    const writer = volume ? likelyWriter(design, volume.name) : undefined;
    if (!volume || !writer) return undefined;
    return {
      design: updateContainer(design, writer.name, (c) => ({
        ...c,
        mounts: c.mounts.map((m) => {
          if (m.volume !== volume.name) return m;
          const { readOnly: _dropped, ...rest } = m;
          return rest;
        }),
      })),
      summary: `Made the mount of volume '${volume.name}' in '${writer.name}' writable, so it can produce what the others read.`,
    };
  },
};
