import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json';
import { design } from '../../testing/build';
import { runRule } from '../helpers/test-kit';
import { apiPidNamespace as rule } from './api-pid-namespace';

const run = (podSpec: JsonObject) => runRule(rule, design({ podSpec }));

describe('api/pid-namespace (R14)', () => {
  it('reports shareProcessNamespace together with hostPID', () => {
    const findings = run({ shareProcessNamespace: true, hostPID: true });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      field: 'shareProcessNamespace',
      path: 'spec.shareProcessNamespace',
    });
  });

  it('reports shareProcessNamespace on a Windows pod', () => {
    expect(run({ shareProcessNamespace: false, os: { name: 'windows' } })).toHaveLength(1);
  });

  it('stays quiet when only one of them is on', () => {
    expect(run({ shareProcessNamespace: true })).toEqual([]);
    expect(run({ shareProcessNamespace: true, hostPID: false, os: { name: 'linux' } })).toEqual([]);
    expect(run({ hostPID: true })).toEqual([]);
  });
});
