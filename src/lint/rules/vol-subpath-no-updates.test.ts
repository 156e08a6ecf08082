import { describe, expect, it } from 'vitest';
import { findContainer } from '../../model/placement';
import type { VolumeType } from '../../model/types';
import { container, design, volume } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { subPathNoUpdates as rule } from './vol-subpath-no-updates';

const pod = (type: VolumeType = 'configMap', subPath: string | null = 'app.yaml') =>
  design({
    containers: [
      container('app', { mounts: [{ volume: 'cfg', mountPath: '/etc/app' }] }),
      container('reloader', {
        role: 'sidecar',
        purpose: 'config-reloader',
        mounts: [
          subPath
            ? { volume: 'cfg', mountPath: '/etc/app/app.yaml', subPath }
            : { volume: 'cfg', mountPath: '/etc/app' },
        ],
      }),
    ],
    volumes: [volume('cfg', type, type === 'configMap' ? { name: 'app-config' } : {})],
  });

describe('vol/subpath-no-updates (R35)', () => {
  it('fires on a subPath mount of a ConfigMap', () => {
    const findings = check(rule, pod());
    expect(findings).toMatchObject([{ container: 'reloader', field: 'volumeMounts[0].subPath' }]);
    expect(findings[0]?.message).toContain('never sees a change');
    expect(rule.severity).toBe('warning');
  });

  it('fires on subPathExpr too', () => {
    const d = pod('configMap', null);
    d.containers = d.containers.map((c) =>
      c.name === 'reloader'
        ? { ...c, mounts: c.mounts.map((m) => ({ ...m, raw: { subPathExpr: '$(POD)' } })) }
        : c,
    );
    expect(check(rule, d)).toMatchObject([{ field: 'volumeMounts[0].subPathExpr' }]);
  });

  it('stays quiet for a whole-volume mount or a volume that never updates', () => {
    expect(check(rule, pod('configMap', null))).toEqual([]);
    expect(check(rule, pod('emptyDir'))).toEqual([]);
  });

  it('fix mounts the whole volume at the directory, without errors', () => {
    const { design: after } = requireFix(rule, pod());
    expect(findContainer(after, 'reloader')?.mounts).toMatchObject([
      { volume: 'cfg', mountPath: '/etc/app' },
    ]);
    expect(findContainer(after, 'reloader')?.mounts[0]?.subPath).toBeUndefined();
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });
});
