import { describe, expect, it } from 'vitest';
import { findContainer } from '../../model/placement';
import { container, design, volume } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { noWriter as rule } from './vol-no-writer';

const pod = (appReadOnly: boolean, type: 'emptyDir' | 'configMap' = 'emptyDir') =>
  design({
    containers: [
      container('app', { mounts: [{ volume: 'out', mountPath: '/out', readOnly: appReadOnly }] }),
      container('shipper', {
        role: 'sidecar',
        purpose: 'log-shipper',
        mounts: [{ volume: 'out', mountPath: '/out', readOnly: true }],
      }),
    ],
    volumes: [volume('out', type, type === 'configMap' ? { name: 'x' } : {})],
  });

describe('vol/no-writer (R36)', () => {
  it('fires on a shared emptyDir that every container mounts read-only', () => {
    expect(check(rule, pod(true))).toMatchObject([{ volume: 'out' }]);
    expect(rule.severity).toBe('warning');
  });

  it('stays quiet with one writer, or for read-only volume types', () => {
    expect(check(rule, pod(false))).toEqual([]);
    expect(check(rule, pod(true, 'configMap'))).toEqual([]);
  });

  it('stays quiet for a volume only one container mounts', () => {
    const d = pod(true);
    d.containers = d.containers.filter((c) => c.name === 'app');
    expect(check(rule, d)).toEqual([]);
  });

  it('fix makes the likely producer writable, without errors', () => {
    const { design: after, summary } = requireFix(rule, pod(true));
    expect(findContainer(after, 'app')?.mounts[0]?.readOnly).toBeUndefined();
    expect(findContainer(after, 'shipper')?.mounts[0]?.readOnly).toBe(true);
    expect(summary).toContain("'app'");
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });
});
