import { describe, expect, it } from 'vitest';
import { findContainer, isNativeSidecar } from '../../model/placement';
import type { KubernetesVersion, WorkloadKind } from '../../model/types';
import { container, design } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { legacySidecarNeverCompletes as rule } from './job-legacy-sidecar-never-completes';

const job = (
  kind: WorkloadKind,
  target: KubernetesVersion = '1.31',
  sidecarMode = 'legacy' as const,
) =>
  design({
    kind,
    target,
    sidecarMode,
    containers: [container('task'), container('shipper', { role: 'sidecar', purpose: 'other' })],
  });

describe('job/legacy-sidecar-never-completes (R27)', () => {
  it('fires for a legacy sidecar in a Job and in a CronJob', () => {
    expect(check(rule, job('Job')).map((f) => f.container)).toEqual(['shipper']);
    expect(check(rule, job('CronJob'))).toHaveLength(1);
    expect(rule.severity).toBe('warning');
  });

  it('stays quiet for a native sidecar, and outside Jobs', () => {
    const native = job('Job');
    native.sidecarMode = 'native';
    expect(check(rule, native)).toEqual([]);
    expect(check(rule, job('Deployment'))).toEqual([]);
  });

  it('fix sets the sidecar native when the design is legacy, without errors', () => {
    const before = job('Job');
    const { design: after } = requireFix(rule, before);
    expect(findContainer(after, 'shipper')?.mode).toBe('native');
    expect(findContainer(before, 'shipper')?.mode).toBeUndefined();
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });

  it('fix drops a legacy override when the design is native', () => {
    const d = design({
      kind: 'Job',
      containers: [container('task'), container('shipper', { role: 'sidecar', mode: 'legacy' })],
    });
    const { design: after } = requireFix(rule, d);
    const fixed = findContainer(after, 'shipper');
    expect(fixed?.mode).toBeUndefined();
    expect(fixed && isNativeSidecar(after, fixed)).toBe(true);
  });

  it('fix raises a target below 1.29 and says so', () => {
    const { design: after, summary } = requireFix(rule, job('Job', '1.27'));
    expect(after.target).toBe('1.29');
    expect(summary).toContain('raised from 1.27 to 1.29');
    expect(errorsOf(after)).toEqual([]);
  });
});
