import { stringAt } from '../../model/jsonRead';
import { findContainer } from '../../model/placement';
import type { Design, Mount } from '../../model/types';
import { anyGuessed, guessNote } from '../helpers/containers';
import { indexIn, updateContainer } from '../helpers/edit';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

const UPDATING_TYPES = new Set(['configMap', 'secret', 'projected', 'downwardAPI']);

function subPathOf(mount: Mount): { field: string; value: string } | undefined {
  if (mount.subPath) return { field: 'subPath', value: mount.subPath };
  const expr = stringAt(mount.raw, 'subPathExpr');
  return expr ? { field: 'subPathExpr', value: expr } : undefined;
}

/** The directory to mount the whole volume at instead, when the subPath names a top-level file. */
function wholeVolumePath(mount: Mount): string | undefined {
  if (!mount.subPath || mount.subPath.includes('/')) return undefined;
  const suffix = `/${mount.subPath}`;
  if (!mount.mountPath.endsWith(suffix)) return undefined;
  const dir = mount.mountPath.slice(0, -suffix.length);
  return dir === '' ? undefined : dir;
}

function typeOf(design: Design, volume: string): string | undefined {
  return design.volumes.find((v) => v.name === volume)?.type;
}

export const subPathNoUpdates: Rule = {
  id: 'vol/subpath-no-updates',
  number: 'R35',
  severity: 'warning',
  title: 'subPath mount never receives updates',
  explanation:
    'Files from a ConfigMap, Secret, projected or downward API volume are updated in place when the source changes, except through subPath mounts, which keep the first version forever. A config reloader watching such a mount never sees a change.',
  sources: sources('D-VOL'),
  check(design) {
    const findings: RuleFinding[] = [];
    for (const container of design.containers) {
      container.mounts.forEach((mount, index) => {
        const type = typeOf(design, mount.volume);
        const sub = subPathOf(mount);
        if (!sub || !type || !UPDATING_TYPES.has(type)) return;
        const reloader = container.purpose === 'config-reloader';
        const consequence = reloader
          ? `config reloader '${container.name}' never sees a change`
          : `'${container.name}' keeps the first version`;
        findings.push({
          container: container.name,
          field: `volumeMounts[${index}].${sub.field}`,
          message: `'${container.name}' mounts ${type} volume '${mount.volume}' with ${sub.field} '${sub.value}', and such mounts never receive updates: ${consequence} when the ${type} changes. Mount the whole volume at a directory instead.${reloader ? guessNote([container]) : ''}`,
          ...(reloader && anyGuessed([container]) ? { guess: true } : {}),
        });
      });
    }
    return findings;
  },
  fix(design, finding) {
    const container = finding.container ? findContainer(design, finding.container) : undefined;
    const index = indexIn(finding.field, 'volumeMounts') ?? -1;
    const mount = container?.mounts[index];
    const dir = mount ? wholeVolumePath(mount) : undefined;
    if (!container || !mount || !dir) return undefined;
    if (container.mounts.some((m, i) => i !== index && m.mountPath === dir)) return undefined;
    const { subPath: _dropped, ...rest } = mount;
    const whole: Mount = { ...rest, mountPath: dir };
    return {
      design: updateContainer(design, container.name, (c) => ({
        ...c,
        mounts: c.mounts.map((m, i) => (i === index ? whole : m)),
      })),
      summary: `'${container.name}' now mounts the whole volume '${mount.volume}' at ${dir} instead of '${mount.subPath}' alone, so it receives updates.`,
    };
  },
};
