import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json';
import { container, design } from '../../testing/build';
import { errorsOf, fixFirst, runRule } from '../helpers/test-kit';
import { apiInitRestartPolicy as rule } from './api-init-restart-policy';

function withInit(spec: JsonObject, target: '1.33' | '1.35' = '1.33') {
  return design({
    target,
    containers: [container('app'), container('setup', { role: 'init', spec })],
  });
}

const RULE = { action: 'Restart', exitCodes: { operator: 'In', values: [42] } };

describe('api/init-restart-policy (R05)', () => {
  it('reports OnFailure on an init container before 1.35', () => {
    const findings = runRule(rule, withInit({ restartPolicy: 'OnFailure' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      container: 'setup',
      field: 'restartPolicy',
      path: 'spec.initContainers[0].restartPolicy',
    });
  });

  it('accepts OnFailure and Never from 1.35, but not unknown values', () => {
    expect(runRule(rule, withInit({ restartPolicy: 'OnFailure' }, '1.35'))).toEqual([]);
    expect(runRule(rule, withInit({ restartPolicy: 'Never' }, '1.35'))).toEqual([]);
    expect(runRule(rule, withInit({ restartPolicy: 'Maybe' }, '1.35'))).toHaveLength(1);
  });

  it('checks restart rules from 1.35', () => {
    const missingPolicy = runRule(rule, withInit({ restartPolicyRules: [RULE] }, '1.35'));
    expect(missingPolicy.map((f) => f.field)).toEqual(['restartPolicyRules']);
    const badRule = { action: 'Restart', exitCodes: { operator: 'Between', values: [1] } };
    const shape = runRule(
      rule,
      withInit({ restartPolicy: 'Never', restartPolicyRules: [badRule] }, '1.35'),
    );
    expect(shape.map((f) => f.field)).toEqual(['restartPolicyRules[0].exitCodes.operator']);
  });

  it('reports restart rules on a native sidecar from 1.35', () => {
    const sidecar = container('proxy', { role: 'sidecar', spec: { restartPolicyRules: [RULE] } });
    const d = design({ target: '1.35', containers: [container('app'), sidecar] });
    expect(runRule(rule, d)).toMatchObject([{ container: 'proxy', field: 'restartPolicyRules' }]);
  });

  it('stays quiet on a regular init container without restartPolicy', () => {
    expect(runRule(rule, withInit({}))).toEqual([]);
  });

  it('fixes by removing restartPolicy, leaving no error', () => {
    const result = fixFirst(rule, withInit({ restartPolicy: 'OnFailure' }));
    const after = result?.design;
    expect(after?.containers[1]?.raw.restartPolicy).toBeUndefined();
    expect(after && runRule(rule, after)).toEqual([]);
    expect(after && errorsOf(after)).toEqual([]);
  });
});
