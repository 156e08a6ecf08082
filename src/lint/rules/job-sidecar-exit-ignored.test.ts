import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { check } from '../helpers/test-kit';
import { sidecarExitIgnored as rule } from './job-sidecar-exit-ignored';

const withSidecar = (kind: 'Job' | 'CronJob' | 'Deployment', mode?: 'legacy') =>
  design({
    kind,
    containers: [
      container('task'),
      container('uploader', { role: 'sidecar', ...(mode ? { mode } : {}) }),
    ],
  });

describe('job/sidecar-exit-ignored (R29)', () => {
  it('notes each native sidecar of a Job or CronJob', () => {
    expect(check(rule, withSidecar('Job')).map((f) => f.container)).toEqual(['uploader']);
    expect(check(rule, withSidecar('CronJob'))).toHaveLength(1);
    expect(rule.severity).toBe('info');
  });

  it('stays quiet outside Jobs and for legacy sidecars', () => {
    expect(check(rule, withSidecar('Deployment'))).toEqual([]);
    expect(check(rule, withSidecar('Job', 'legacy'))).toEqual([]);
  });

  it('says that the Job still succeeds', () => {
    const [finding] = check(rule, withSidecar('Job'));
    expect(finding?.message).toContain('the Job still succeeds');
  });
});
