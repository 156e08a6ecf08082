import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { errorsOf, fixFirst, runRule } from '../helpers/test-kit';
import { apiRestartPolicyOnMain as rule } from './api-restart-policy-on-main';

function withPolicy(policy: string, target: '1.33' | '1.35' = '1.33') {
  return design({
    target,
    containers: [container('app'), container('proxy', { spec: { restartPolicy: policy } })],
  });
}

describe('api/restart-policy-on-main (R04)', () => {
  it('reports restartPolicy: Always on a main container before 1.35', () => {
    const findings = runRule(rule, withPolicy('Always'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      container: 'proxy',
      field: 'restartPolicy',
      path: 'spec.containers[1].restartPolicy',
    });
  });

  it('accepts Always, OnFailure and Never from 1.35 but not other values', () => {
    expect(runRule(rule, withPolicy('Always', '1.35'))).toEqual([]);
    expect(runRule(rule, withPolicy('Never', '1.35'))).toEqual([]);
    expect(runRule(rule, withPolicy('Sometimes', '1.35'))).toHaveLength(1);
  });

  it('reports restart rules without a restart policy from 1.35', () => {
    const d = design({
      target: '1.35',
      containers: [
        container('app', {
          spec: {
            restartPolicyRules: [
              { action: 'Restart', exitCodes: { operator: 'In', values: [42] } },
            ],
          },
        }),
      ],
    });
    expect(runRule(rule, d).map((f) => f.field)).toEqual(['restartPolicyRules']);
  });

  it('ignores the placeholder restartPolicy of a sidecar and a main container without one', () => {
    const sidecar = container('proxy', { role: 'sidecar', spec: { restartPolicy: null } });
    expect(runRule(rule, design({ containers: [container('app'), sidecar] }))).toEqual([]);
  });

  it('reports a restartPolicy the user set on a legacy sidecar', () => {
    const proxy = container('proxy', {
      role: 'sidecar',
      mode: 'legacy',
      spec: { restartPolicy: 'Always' },
    });
    const findings = runRule(
      rule,
      design({ target: '1.33', containers: [container('app'), proxy] }),
    );
    expect(findings.map((f) => f.path)).toEqual(['spec.containers[1].restartPolicy']);
  });

  it('fixes by removing restartPolicy, leaving no error', () => {
    const before = withPolicy('Always');
    const result = fixFirst(rule, before);
    expect(result?.summary).toContain('proxy');
    const after = result?.design ?? before;
    expect(runRule(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
    expect(before.containers[1]?.raw.restartPolicy).toBe('Always');
  });
});
