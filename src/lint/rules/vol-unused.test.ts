import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../../testing/build';
import { check } from '../helpers/test-kit';
import { unusedVolume as rule } from './vol-unused';

describe('vol/unused (R37)', () => {
  it('notes a volume that nothing mounts', () => {
    const d = design({ containers: [container('app')], volumes: [volume('scratch')] });
    expect(check(rule, d)).toMatchObject([{ volume: 'scratch' }]);
    expect(rule.severity).toBe('info');
  });

  it('stays quiet for mounted volumes, block devices and file key references', () => {
    const d = design({
      containers: [
        container('app', {
          mounts: [{ volume: 'a', mountPath: '/a' }],
          spec: {
            volumeDevices: [{ name: 'b', devicePath: '/dev/b' }],
            env: [
              { name: 'K', valueFrom: { fileKeyRef: { volumeName: 'c', path: 'k', key: 'K' } } },
            ],
          },
        }),
      ],
      volumes: [volume('a'), volume('b', 'persistentVolumeClaim', { claimName: 'b' }), volume('c')],
    });
    expect(check(rule, d)).toEqual([]);
  });

  it('ignores StatefulSet claim templates', () => {
    const d = design({
      kind: 'StatefulSet',
      containers: [container('app')],
      volumes: [volume('data', 'volumeClaimTemplate')],
    });
    expect(check(rule, d)).toEqual([]);
  });
});
