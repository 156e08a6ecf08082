import { gateEnabled } from '../../model/facts/gates';
import type { JsonValue } from '../../model/json';
import { arrayOf, fieldOf, isSet, objectOf, podField } from '../helpers/json-access';
import type { Problem } from '../helpers/problem';
import { resourceProblems } from '../helpers/resources';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

function resizePolicyProblems(value: JsonValue, podPolicy: JsonValue | undefined): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  (arrayOf(value) ?? []).forEach((entry, index) => {
    const item = objectOf(entry) ?? {};
    const at = `resizePolicy[${index}]`;
    const resource = String(item.resourceName ?? '');
    if (resource !== 'cpu' && resource !== 'memory') {
      problems.push({ field: `${at}.resourceName`, message: 'must be cpu or memory' });
    } else if (seen.has(resource)) {
      problems.push({ field: `${at}.resourceName`, message: `lists ${resource} a second time` });
    }
    seen.add(resource);
    const policy = item.restartPolicy;
    if (policy !== 'NotRequired' && policy !== 'RestartContainer') {
      problems.push({
        field: `${at}.restartPolicy`,
        message: 'must be NotRequired or RestartContainer',
      });
    } else if (policy === 'RestartContainer' && podPolicy === 'Never') {
      problems.push({
        field: `${at}.restartPolicy`,
        message: "must be NotRequired because the pod's restartPolicy is Never",
      });
    }
  });
  return problems;
}

export const apiResources: Rule = {
  id: 'api/resources',
  number: 'R15',
  severity: 'error',
  title: 'Invalid resource requests, limits or resize policy',
  explanation:
    'A container may not request more of a resource than its limit, and quantities may not be negative. Extended resources (vendor.com/gpu) and huge pages cannot be overcommitted: their request must equal the limit, and huge pages need a cpu or memory request too. A resizePolicy names cpu or memory once each with NotRequired or RestartContainer (only NotRequired when the pod never restarts). Before Kubernetes 1.33 in-place resize is off by default and resizePolicy is dropped silently.',
  sources: sources('K-VAL', 'K-VALT', 'K-PODUTIL'),
  check(design, context) {
    const findings: RuleFinding[] = [];
    const podPolicy = podField(design, 'restartPolicy');
    for (const container of design.containers) {
      const name = container.name;
      const problems = resourceProblems(objectOf(fieldOf(container, 'resources')) ?? {});
      const resize = fieldOf(container, 'resizePolicy');
      if (isSet(resize) && !gateEnabled('InPlacePodVerticalScaling', context.minor)) {
        findings.push({
          container: name,
          field: 'resizePolicy',
          severity: 'info',
          message: `Kubernetes ${context.target} drops the resizePolicy of container "${name}" silently (in-place resize is off by default before 1.33).`,
        });
      } else if (isSet(resize)) {
        problems.push(...resizePolicyProblems(resize, podPolicy));
      }
      for (const problem of problems) {
        findings.push({
          container: name,
          field: problem.field,
          message: `In container "${name}", ${problem.field} ${problem.message}.`,
        });
      }
    }
    return findings;
  },
};
