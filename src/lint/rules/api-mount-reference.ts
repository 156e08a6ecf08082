import type { Design, Volume } from '../../model/types';
import { indexIn } from '../helpers/edit';
import { isDns1123Label } from '../helpers/names';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

/** Names a mount may refer to: pod volumes, and claim templates for a StatefulSet. */
function mountableNames(design: Design): Set<string> {
  return new Set(
    design.volumes
      .filter((v) => v.type !== 'volumeClaimTemplate' || design.kind === 'StatefulSet')
      .map((v) => v.name),
  );
}

export const apiMountReference: Rule = {
  id: 'api/mount-reference',
  number: 'R11',
  severity: 'error',
  title: 'Mount of an undeclared volume, or a duplicate mount path',
  explanation:
    'A volume mount must name a volume declared in the pod (spec.volumes, or a volumeClaimTemplate of a StatefulSet): a mount that goes nowhere makes the API server reject the pod. Every mount needs a mountPath, and one container may not mount two things at the same path. Declare the volume (or pick the intended one) and give each mount its own path.',
  sources: sources('K-VAL', 'K-VALT', 'D-VOL'),
  check(design) {
    const findings: RuleFinding[] = [];
    const declared = mountableNames(design);
    for (const container of design.containers) {
      const paths = new Set<string>();
      container.mounts.forEach((mount, index) => {
        const at = `volumeMounts[${index}]`;
        if (mount.volume === '') {
          findings.push({
            container: container.name,
            field: `${at}.name`,
            message: `A mount of container "${container.name}" names no volume; pick the volume to mount.`,
          });
        } else if (!declared.has(mount.volume)) {
          findings.push({
            container: container.name,
            field: `${at}.name`,
            message: `Container "${container.name}" mounts volume "${mount.volume}", which the pod does not declare. Add the volume, or mount one that exists.`,
          });
        }
        if (mount.mountPath === '') {
          findings.push({
            container: container.name,
            field: `${at}.mountPath`,
            message: `The mount of "${mount.volume}" in container "${container.name}" has no mountPath; say where to mount it.`,
          });
        } else if (paths.has(mount.mountPath)) {
          findings.push({
            container: container.name,
            field: `${at}.mountPath`,
            message: `Container "${container.name}" mounts two volumes at ${mount.mountPath}; give each mount its own path.`,
          });
        }
        paths.add(mount.mountPath);
      });
    }
    return findings;
  },
  fix(design, finding) {
    const index = indexIn(finding.field, 'volumeMounts');
    const container = design.containers.find((c) => c.name === finding.container);
    const mount = index === undefined ? undefined : container?.mounts[index];
    if (!finding.field?.endsWith('.name') || !mount || !isDns1123Label(mount.volume)) {
      return undefined;
    }
    if (design.volumes.some((v) => v.name === mount.volume)) return undefined;
    const added: Volume = {
      name: mount.volume,
      type: 'emptyDir',
      raw: { name: null, emptyDir: {} },
    };
    return {
      design: { ...design, volumes: [...design.volumes, added] },
      summary: `Added an emptyDir volume named "${mount.volume}" for the mount of container "${finding.container}".`,
    };
  },
};
