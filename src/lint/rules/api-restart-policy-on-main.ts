import { kindOf } from '../helpers/containers';
import { removeContainerFields } from '../helpers/edit';
import { fieldOf } from '../helpers/json-access';
import { isContainerRestartPolicy, restartRulesProblems } from '../helpers/restart-rules';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

export const apiRestartPolicyOnMain: Rule = {
  id: 'api/restart-policy-on-main',
  number: 'R04',
  severity: 'error',
  title: 'restartPolicy on a main container',
  explanation:
    'Before Kubernetes 1.35 (the ContainerRestartRules feature) only init containers may set restartPolicy; on a main container the API server rejects it, even with the value Always. From 1.35 a main container may set Always, OnFailure or Never, which only changes how it is restarted. Setting restartPolicy: Always does not make a main container a sidecar: to get a sidecar, make the container a sidecar (an init container with restartPolicy: Always).',
  sources: sources('K-VAL', 'K-VALT', 'KEP-5307', 'B-134'),
  check(design, context) {
    const findings: RuleFinding[] = [];
    for (const container of design.containers) {
      const kind = kindOf(design, container);
      if (kind !== 'main' && kind !== 'legacy-sidecar') continue;
      const name = container.name;
      // A legacy sidecar is a plain entry of spec.containers: any value other than the null
      // placeholder is the user's own and reaches the manifest.
      const policy =
        kind === 'main'
          ? fieldOf(container, 'restartPolicy')
          : (container.raw.restartPolicy ?? undefined);
      const rules = fieldOf(container, 'restartPolicyRules');
      if (!context.gates.containerRestartRules) {
        if (policy !== undefined) {
          findings.push({
            container: name,
            field: 'restartPolicy',
            message: `Container "${name}" in spec.containers sets restartPolicy, which Kubernetes ${context.target} allows only on init containers. Remove it; to make a sidecar, turn the container into a sidecar instead.`,
          });
        }
        continue;
      }
      if (policy !== undefined && !isContainerRestartPolicy(policy)) {
        findings.push({
          container: name,
          field: 'restartPolicy',
          message: `Container "${name}" sets restartPolicy to "${String(policy)}"; use Always, OnFailure or Never, or remove it.`,
        });
      }
      if (rules !== undefined && policy === undefined) {
        findings.push({
          container: name,
          field: 'restartPolicyRules',
          message: `Container "${name}" has restartPolicyRules without a restartPolicy; set restartPolicy too.`,
        });
      }
      for (const problem of restartRulesProblems(rules, context.gates.restartAllContainers)) {
        findings.push({
          container: name,
          field: problem.field,
          message: `In container "${name}", ${problem.field} ${problem.message}.`,
        });
      }
    }
    return findings;
  },
  fix(design, finding) {
    if (!finding.container || finding.field !== 'restartPolicy') return undefined;
    const next = removeContainerFields(design, finding.container, [
      'restartPolicy',
      'restartPolicyRules',
    ]);
    if (!next) return undefined;
    return {
      design: next,
      summary: `Removed restartPolicy from container "${finding.container}".`,
    };
  },
};
