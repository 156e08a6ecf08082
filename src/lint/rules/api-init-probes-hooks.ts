import { kindOf } from '../helpers/containers';
import { removeContainerFields } from '../helpers/edit';
import { fieldOf } from '../helpers/json-access';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

const FORBIDDEN_ON_INIT = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const;

export const apiInitProbesHooks: Rule = {
  id: 'api/init-probes-hooks',
  number: 'R06',
  severity: 'error',
  title: 'Probes or lifecycle hooks on a regular init container',
  explanation:
    'A regular init container runs once to completion before the next one starts, so Kubernetes does not allow probes (liveness, readiness, startup) or lifecycle hooks on it and rejects the pod. Remove them, or make the container a sidecar if it is meant to keep running next to the main containers.',
  sources: sources('K-VAL', 'K-VALT', 'D-INIT'),
  check(design) {
    const findings: RuleFinding[] = [];
    for (const container of design.containers) {
      if (kindOf(design, container) !== 'init') continue;
      for (const field of FORBIDDEN_ON_INIT) {
        if (fieldOf(container, field) === undefined) continue;
        findings.push({
          container: container.name,
          field,
          message: `Init container "${container.name}" sets ${field}, which is only allowed on containers that keep running. Remove it, or make "${container.name}" a sidecar.`,
        });
      }
    }
    return findings;
  },
  fix(design, finding) {
    const field = FORBIDDEN_ON_INIT.find((f) => f === finding.field);
    if (!finding.container || !field) return undefined;
    const next = removeContainerFields(design, finding.container, [field]);
    if (!next) return undefined;
    return {
      design: next,
      summary: `Removed ${field} from init container "${finding.container}".`,
    };
  },
};
