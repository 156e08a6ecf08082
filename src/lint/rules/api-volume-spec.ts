import { labelProblem } from '../helpers/names';
import { sources } from '../helpers/sources';
import { volumeSourceProblems } from '../helpers/volume-sources';
import type { Rule, RuleFinding } from '../types';

export const apiVolumeSpec: Rule = {
  id: 'api/volume-spec',
  number: 'R10',
  severity: 'error',
  title: 'Invalid volume',
  explanation:
    'Each pod volume needs a unique name of lower-case letters, digits and hyphens, and exactly one source (emptyDir, configMap, secret, persistentVolumeClaim, ...). A configMap, secret or persistentVolumeClaim source must name what it uses; file modes must be between 0 and 0777; item paths must stay inside the volume (relative, without ..); the sources of a projected volume may not write the same path; a hostPath needs a path without ... The API server rejects the pod otherwise.',
  sources: sources('K-VAL', 'D-VOL'),
  check(design) {
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    for (const volume of design.volumes) {
      if (volume.type === 'volumeClaimTemplate') continue;
      const written = volume.declaredName ?? volume.name;
      const problem = labelProblem(written);
      if (problem) {
        findings.push({
          volume: volume.name,
          field: 'name',
          message:
            volume.name === ''
              ? 'A volume has no name; give it one.'
              : `Volume name "${volume.name}" ${problem}.`,
        });
      } else if (seen.has(written)) {
        findings.push({
          volume: volume.name,
          field: 'name',
          message: `Two volumes are named "${written}"; volume names must be unique in a pod. Rename one of them.`,
        });
      }
      seen.add(written);
      for (const found of volumeSourceProblems(volume)) {
        findings.push({
          volume: volume.name,
          field: found.field,
          message: found.severity
            ? found.message
            : `In volume "${volume.name}", ${found.field} ${found.message}.`,
          ...(found.severity ? { severity: found.severity } : {}),
        });
      }
    }
    return findings;
  },
};
