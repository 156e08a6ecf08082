import type { Design } from '../../model/types';
import { isSet, objectOf, podField } from '../helpers/json-access';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

const POD_POLICIES = ['Always', 'OnFailure', 'Never'];

/** The Job spec of a Job or CronJob design (where podFailurePolicy lives). */
function jobSpecOf(design: Design) {
  if (design.kind === 'Job') return design.controller;
  return objectOf(objectOf(design.controller.jobTemplate)?.spec) ?? {};
}

/** The values the pod template's restartPolicy may take for this kind of workload. */
export function allowedPodRestartPolicies(design: Design): string[] {
  switch (design.kind) {
    case 'Job':
    case 'CronJob':
      return isSet(jobSpecOf(design).podFailurePolicy) ? ['Never'] : ['OnFailure', 'Never'];
    case 'Pod':
      return POD_POLICIES;
    default:
      return ['Always'];
  }
}

function listOf(values: string[]): string {
  return values.length === 1
    ? (values[0] ?? '')
    : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

export const apiWorkloadRestartPolicy: Rule = {
  id: 'api/workload-restart-policy',
  number: 'R13',
  severity: 'error',
  title: 'Pod restartPolicy not allowed for this workload',
  explanation:
    'The pod-level restartPolicy must suit the workload. Jobs and CronJobs run to completion, so their pods must use OnFailure or Never (only Never with a podFailurePolicy); leaving it out means Always, which is rejected. Deployments, ReplicaSets, StatefulSets and DaemonSets keep their pods running and accept only Always. Sidecars ignore this setting: they always restart.',
  sources: sources('K-BATCH', 'K-APPS', 'K-VAL', 'D-LIFE'),
  check(design) {
    const policy = podField(design, 'restartPolicy');
    const allowed = allowedPodRestartPolicies(design);
    const effective = policy === undefined ? 'Always' : String(policy);
    if (allowed.includes(effective)) return [];
    const finding: RuleFinding = {
      field: 'restartPolicy',
      message:
        policy === undefined
          ? `A ${design.kind} needs the pod restartPolicy set to ${listOf(allowed)}; without it the pod defaults to Always, which a ${design.kind} does not accept.`
          : `A ${design.kind} does not accept the pod restartPolicy "${effective}"; use ${listOf(allowed)}.`,
    };
    return [finding];
  },
  fix(design) {
    const allowed = allowedPodRestartPolicies(design);
    const value = allowed.includes('Always') ? 'Always' : 'Never';
    return {
      design: { ...design, podSpec: { ...design.podSpec, restartPolicy: value } },
      summary: `Set the pod restartPolicy to ${value}, as a ${design.kind} requires.`,
    };
  },
};
