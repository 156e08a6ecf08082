import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../../testing/build';
import { errorsOf, fixFirst, runRule } from '../helpers/test-kit';
import { apiMountReference as rule } from './api-mount-reference';

const undeclared = () =>
  design({
    containers: [container('app', { mounts: [{ volume: 'config', mountPath: '/etc/app' }] })],
  });

describe('api/mount-reference (R11)', () => {
  it('reports a mount of an undeclared volume', () => {
    const findings = runRule(rule, undeclared());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      container: 'app',
      field: 'volumeMounts[0].name',
      path: 'spec.containers[0].volumeMounts[0].name',
    });
  });

  it('reports an empty and a duplicate mount path', () => {
    const mounts = [
      { volume: 'data', mountPath: '' },
      { volume: 'data', mountPath: '/data' },
      { volume: 'data', mountPath: '/data' },
    ];
    const d = design({ containers: [container('app', { mounts })], volumes: [volume('data')] });
    expect(runRule(rule, d).map((f) => f.field)).toEqual([
      'volumeMounts[0].mountPath',
      'volumeMounts[2].mountPath',
    ]);
  });

  it('accepts a volumeClaimTemplate only in a StatefulSet', () => {
    const make = (kind: 'StatefulSet' | 'Deployment') =>
      design({
        kind,
        containers: [container('app', { mounts: [{ volume: 'www', mountPath: '/www' }] })],
        volumes: [volume('www', 'volumeClaimTemplate')],
      });
    expect(runRule(rule, make('StatefulSet'))).toEqual([]);
    expect(runRule(rule, make('Deployment'))).toHaveLength(1);
  });

  it('stays quiet when the volume is declared and paths differ', () => {
    const d = design({
      containers: [
        container('app', { mounts: [{ volume: 'config', mountPath: '/etc/app' }] }),
        container('logs', {
          role: 'sidecar',
          mounts: [{ volume: 'config', mountPath: '/etc/app' }],
        }),
      ],
      volumes: [volume('config')],
    });
    expect(runRule(rule, d)).toEqual([]);
  });

  it('fixes by declaring an emptyDir of that name, leaving no error', () => {
    const before = undeclared();
    const result = fixFirst(rule, before);
    const after = result?.design;
    expect(after?.volumes).toEqual([
      { name: 'config', type: 'emptyDir', raw: { name: null, emptyDir: {} } },
    ]);
    expect(result?.summary).toContain('config');
    expect(after && runRule(rule, after)).toEqual([]);
    expect(after && errorsOf(after)).toEqual([]);
    expect(before.volumes).toEqual([]);
  });

  it('offers no fix for a volume name that could not be declared', () => {
    const d = design({
      containers: [container('app', { mounts: [{ volume: 'My_Vol', mountPath: '/v' }] })],
    });
    expect(fixFirst(rule, d)).toBeUndefined();
  });
});
