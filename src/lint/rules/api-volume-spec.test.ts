import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../../model/json';
import type { Volume, VolumeType } from '../../model/types';
import { container, design, volume } from '../../testing/build';
import { runRule } from '../helpers/test-kit';
import { apiVolumeSpec as rule } from './api-volume-spec';

function fieldsFor(...volumes: Volume[]) {
  return runRule(rule, design({ volumes })).map((f) => f.field);
}

function v(type: VolumeType, source: JsonObject, name = 'data') {
  return volume(name, type, source);
}

describe('api/volume-spec (R10)', () => {
  it('reports an invalid and a duplicated volume name', () => {
    const findings = runRule(rule, design({ volumes: [volume('Data'), volume('x'), volume('x')] }));
    expect(findings.map((f) => [f.severity, f.volume, f.field, f.path])).toEqual([
      ['error', 'Data', 'name', 'spec.volumes[0].name'],
      ['error', 'x', 'name', 'spec.volumes[1].name'],
    ]);
  });

  it('reports two sources in one volume', () => {
    const both: Volume = {
      name: 'data',
      type: 'emptyDir',
      raw: { emptyDir: {}, hostPath: { path: '/x' } },
    };
    expect(fieldsFor(both)).toEqual(['emptyDir']);
  });

  it('reports missing references and bad modes', () => {
    expect(fieldsFor(v('configMap', {}))).toEqual(['configMap.name']);
    expect(fieldsFor(v('secret', { secretName: 's', defaultMode: 1000 }))).toEqual([
      'secret.defaultMode',
    ]);
    expect(fieldsFor(v('persistentVolumeClaim', { claimName: '' }))).toEqual([
      'persistentVolumeClaim.claimName',
    ]);
    expect(fieldsFor(v('emptyDir', { sizeLimit: '-1Gi' }))).toEqual(['emptyDir.sizeLimit']);
  });

  it('reports item paths that leave the volume', () => {
    const items: JsonValue[] = [
      { key: 'a', path: '/etc/a' },
      { key: 'b', path: 'x/../../b' },
      { key: 'c', path: '..c' },
      { path: 'd' },
    ];
    expect(fieldsFor(v('configMap', { name: 'cfg', items }))).toEqual([
      'configMap.items[0].path',
      'configMap.items[1].path',
      'configMap.items[2].path',
      'configMap.items[3].key',
    ]);
  });

  it('reports duplicate paths in a projected volume and a bad hostPath', () => {
    const projected: JsonObject = {
      sources: [
        { configMap: { name: 'a', items: [{ key: 'k', path: 'conf' }] } },
        { secret: { name: 'b', items: [{ key: 'k', path: 'conf' }] } },
        { serviceAccountToken: { path: 'token', expirationSeconds: 60 } },
      ],
    };
    expect(fieldsFor(v('projected', projected))).toEqual([
      'projected.sources[2].serviceAccountToken.expirationSeconds',
      'projected.sources[1].secret.items[0].path',
    ]);
    expect(fieldsFor(v('hostPath', { path: '/var/../etc', type: 'Folder' }))).toEqual([
      'hostPath.path',
      'hostPath.type',
    ]);
  });

  it('tells, as info, that a volume without a source becomes an emptyDir', () => {
    const findings = runRule(rule, design({ volumes: [volume('scratch', 'unspecified')] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', volume: 'scratch' });
  });

  it('stays quiet on valid volumes of every common type', () => {
    const d = design({
      kind: 'StatefulSet',
      containers: [container('app')],
      volumes: [
        volume('scratch', 'emptyDir', { sizeLimit: '1Gi', medium: 'Memory' }),
        volume('cfg', 'configMap', {
          name: 'cfg',
          defaultMode: 0o400,
          items: [{ key: 'a', path: 'a.yaml' }],
        }),
        volume('tls', 'secret', { secretName: 'tls' }),
        volume('claim', 'persistentVolumeClaim', { claimName: 'c' }),
        volume('host', 'hostPath', { path: '/var/log', type: 'Directory' }),
        volume('info', 'downwardAPI', {
          items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }],
        }),
        volume('www', 'volumeClaimTemplate'),
      ],
    });
    expect(runRule(rule, d)).toEqual([]);
  });
});
