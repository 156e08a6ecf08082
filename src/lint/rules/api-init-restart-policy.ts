import type { Container, Design } from '../../model/types';
import { kindOf } from '../helpers/containers';
import { removeContainerFields } from '../helpers/edit';
import { fieldOf } from '../helpers/json-access';
import { isContainerRestartPolicy, restartRulesProblems } from '../helpers/restart-rules';
import { sources } from '../helpers/sources';
import type { LintContext, Rule, RuleFinding } from '../types';

function regularInitFindings(container: Container, context: LintContext): RuleFinding[] {
  const name = container.name;
  const policy = fieldOf(container, 'restartPolicy');
  const rules = fieldOf(container, 'restartPolicyRules');
  const findings: RuleFinding[] = [];
  if (!context.gates.containerRestartRules) {
    // Without ContainerRestartRules, restartPolicyRules are dropped silently: not an error.
    if (policy !== undefined && policy !== 'Always') {
      findings.push({
        container: name,
        field: 'restartPolicy',
        message: `Init container "${name}" sets restartPolicy to "${String(policy)}", but Kubernetes ${context.target} accepts only Always on init containers (which makes it a sidecar). Remove the field for a regular init container, or make it a sidecar.`,
      });
    }
    return findings;
  }
  if (policy !== undefined && !isContainerRestartPolicy(policy)) {
    findings.push({
      container: name,
      field: 'restartPolicy',
      message: `Init container "${name}" sets restartPolicy to "${String(policy)}"; use OnFailure or Never, or remove it.`,
    });
  }
  if (rules !== undefined && policy === undefined) {
    findings.push({
      container: name,
      field: 'restartPolicyRules',
      message: `Init container "${name}" has restartPolicyRules without a restartPolicy; set restartPolicy too.`,
    });
  }
  for (const problem of restartRulesProblems(rules, context.gates.restartAllContainers)) {
    findings.push({
      container: name,
      field: problem.field,
      message: `In init container "${name}", ${problem.field} ${problem.message}.`,
    });
  }
  return findings;
}

function sidecarFindings(container: Container, context: LintContext): RuleFinding[] {
  if (!context.gates.containerRestartRules) return [];
  const rules = fieldOf(container, 'restartPolicyRules');
  if (rules === undefined) return [];
  if (context.gates.restartAllContainers) {
    // From 1.36 (RestartAllContainersOnContainerExits on by default, KEP-5532) a sidecar may
    // carry rules, typically to restart the whole pod when it exits with a given code.
    return restartRulesProblems(rules, true).map((problem) => ({
      container: container.name,
      field: problem.field,
      message: `In sidecar "${container.name}", ${problem.field} ${problem.message}.`,
    }));
  }
  return [
    {
      container: container.name,
      field: 'restartPolicyRules',
      message: `Sidecar "${container.name}" has restartPolicyRules, which Kubernetes ${context.target} does not allow on sidecars (they always restart; rules on sidecars come with RestartAllContainersOnContainerExits, on by default from 1.36). Remove them, or target 1.36 or later.`,
    },
  ];
}

export const apiInitRestartPolicy: Rule = {
  id: 'api/init-restart-policy',
  number: 'R05',
  severity: 'error',
  title: 'Unsupported restartPolicy on an init container',
  explanation:
    'On an init container, restartPolicy: Always makes it a sidecar. Before Kubernetes 1.35 no other value is accepted: leave the field out for a regular init container. From 1.35 (ContainerRestartRules) OnFailure and Never are allowed too, and restartPolicyRules may refine them; those rules need a restartPolicy, are limited to 20 rules of In/NotIn exit codes, and are not allowed on sidecars.',
  sources: sources('K-VAL', 'K-VALT', 'KEP-5307', 'D-LIFE'),
  check(design: Design, context) {
    const findings: RuleFinding[] = [];
    for (const container of design.containers) {
      const kind = kindOf(design, container);
      if (kind === 'init') findings.push(...regularInitFindings(container, context));
      if (kind === 'native-sidecar') findings.push(...sidecarFindings(container, context));
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
      summary: `Removed restartPolicy from init container "${finding.container}", so it runs once to completion.`,
    };
  },
};
