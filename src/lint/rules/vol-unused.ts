import { arrayAt, objectAt, stringAt } from '../../model/jsonRead';
import type { Design } from '../../model/types';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

/** Volume names referenced by mounts, volumeDevices and env[].valueFrom.fileKeyRef. */
export function referencedVolumes(design: Design): Set<string> {
  const names = new Set<string>();
  for (const container of design.containers) {
    for (const mount of container.mounts) names.add(mount.volume);
    for (const device of arrayAt(container.raw, 'volumeDevices')) {
      const name = stringAt(device, 'name');
      if (name) names.add(name);
    }
    for (const env of arrayAt(container.raw, 'env')) {
      const name = stringAt(objectAt(objectAt(env, 'valueFrom'), 'fileKeyRef'), 'volumeName');
      if (name) names.add(name);
    }
  }
  return names;
}

export const unusedVolume: Rule = {
  id: 'vol/unused',
  number: 'R37',
  severity: 'info',
  title: 'Volume mounted by no container',
  explanation:
    'The API server accepts a volume that no container mounts, but it does nothing; usually a mount was forgotten.',
  sources: sources('K-VAL', 'D-VOL'),
  check(design) {
    const used = referencedVolumes(design);
    return design.volumes
      .filter((v) => v.type !== 'volumeClaimTemplate' && !used.has(v.name))
      .map(
        (v): RuleFinding => ({
          volume: v.name,
          message: `No container mounts volume '${v.name}', so it has no effect. Mount it where it is needed, or remove it.`,
        }),
      );
  },
};
