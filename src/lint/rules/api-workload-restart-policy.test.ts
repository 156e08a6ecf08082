import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json';
import type { WorkloadKind } from '../../model/types';
import { container, design } from '../../testing/build';
import { errorsOf, fixFirst, runRule } from '../helpers/test-kit';
import { apiWorkloadRestartPolicy as rule } from './api-workload-restart-policy';

function workload(kind: WorkloadKind, podSpec: JsonObject, controller?: JsonObject) {
  return design({
    kind,
    podSpec,
    containers: [container('task')],
    ...(controller ? { controller } : {}),
  });
}

describe('api/workload-restart-policy (R13)', () => {
  it('reports a Deployment template with restartPolicy: Never', () => {
    const findings = runRule(rule, workload('Deployment', { restartPolicy: 'Never' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      field: 'restartPolicy',
      path: 'spec.template.spec.restartPolicy',
    });
  });

  it('reports a Job and a CronJob without a restart policy', () => {
    expect(runRule(rule, workload('Job', {}))).toHaveLength(1);
    const cron = runRule(rule, workload('CronJob', {}));
    expect(cron.map((f) => f.path)).toEqual(['spec.jobTemplate.spec.template.spec.restartPolicy']);
  });

  it('allows only Never for a Job with a podFailurePolicy', () => {
    const controller = { podFailurePolicy: { rules: [] } };
    expect(runRule(rule, workload('Job', { restartPolicy: 'OnFailure' }, controller))).toHaveLength(
      1,
    );
    expect(runRule(rule, workload('Job', { restartPolicy: 'Never' }, controller))).toEqual([]);
  });

  it('stays quiet on the policies each kind accepts', () => {
    expect(runRule(rule, workload('Job', { restartPolicy: 'OnFailure' }))).toEqual([]);
    expect(runRule(rule, workload('StatefulSet', {}))).toEqual([]);
    expect(runRule(rule, workload('DaemonSet', { restartPolicy: 'Always' }))).toEqual([]);
    expect(runRule(rule, workload('Pod', { restartPolicy: 'Never' }))).toEqual([]);
    expect(runRule(rule, workload('Pod', { restartPolicy: 'Sometimes' }))).toHaveLength(1);
  });

  it('fixes a Job by setting Never and a Deployment by setting Always, leaving no error', () => {
    for (const [kind, podSpec, value] of [
      ['Job', {}, 'Never'],
      ['Deployment', { restartPolicy: 'Never' }, 'Always'],
    ] as const) {
      const result = fixFirst(rule, workload(kind, podSpec));
      expect(result?.design.podSpec.restartPolicy).toBe(value);
      expect(result?.summary).toContain(value);
      expect(result && errorsOf(result.design)).toEqual([]);
    }
  });
});
