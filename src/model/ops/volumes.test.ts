import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../../testing/build';
import { deepFreeze } from './freeze';
import { addVolume, removeVolume, updateVolume } from './volumes';

function sample() {
  return deepFreeze(
    design({
      kind: 'StatefulSet',
      containers: [
        container('app', {
          mounts: [
            { volume: 'logs', mountPath: '/logs' },
            { volume: 'data', mountPath: '/data' },
          ],
        }),
        container('shipper', { role: 'sidecar', mounts: [{ volume: 'logs', mountPath: '/logs' }] }),
      ],
      volumes: [volume('logs'), volume('data', 'volumeClaimTemplate')],
    }),
  );
}

describe('addVolume', () => {
  it('writes the default source of every type', () => {
    const cases = [
      ['emptyDir', { name: null, emptyDir: {} }],
      ['configMap', { name: null, configMap: { name: 'config' } }],
      ['secret', { name: null, secret: { secretName: 'secret' } }],
      ['persistentVolumeClaim', { name: null, persistentVolumeClaim: { claimName: 'storage' } }],
      ['hostPath', { name: null, hostPath: { path: '/var/lib/host', type: 'DirectoryOrCreate' } }],
      ['projected', { name: null, projected: { sources: [] } }],
      ['downwardAPI', { name: null, downwardAPI: { items: [] } }],
      ['unspecified', { name: null }],
      [
        'volumeClaimTemplate',
        { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } },
      ],
    ] as const;
    for (const [type, raw] of cases) {
      const added = addVolume(sample(), type).volumes.find(
        (v) => !['logs', 'data'].includes(v.name),
      );
      expect(added?.type).toBe(type);
      expect(added?.raw).toEqual(raw);
    }
  });

  it('numbers default names and keeps pod volumes before claim templates', () => {
    let d = addVolume(sample(), 'emptyDir');
    d = addVolume(d, 'emptyDir', { position: { x: 1, y: 1 } });
    d = addVolume(d, 'volumeClaimTemplate');
    expect(d.volumes.map((v) => v.name)).toEqual(['logs', 'data-2', 'data-3', 'data', 'data-4']);
    expect(d.positions['volume:data-3']).toEqual({ x: 1, y: 1 });
  });

  it('takes a given name and source', () => {
    const d = addVolume(sample(), 'configMap', { name: 'conf', source: { name: 'app-conf' } });
    expect(d.volumes[1]).toEqual({
      name: 'conf',
      type: 'configMap',
      raw: { name: null, configMap: { name: 'app-conf' } },
    });
  });

  it('refuses claim templates outside StatefulSets, "other", taken and invalid names', () => {
    expect(() => addVolume(design(), 'volumeClaimTemplate')).toThrow(
      'Volume claim templates exist only in StatefulSets; change the workload kind first.',
    );
    expect(() => addVolume(sample(), 'other')).toThrow('Choose a specific volume type');
    expect(() => addVolume(sample(), 'emptyDir', { name: 'logs' })).toThrow(
      'A volume named "logs" already exists.',
    );
    expect(() => addVolume(sample(), 'emptyDir', { name: 'Logs' })).toThrow('Volume names must');
    expect(() => addVolume(sample(), 'unspecified', { source: {} })).toThrow(
      'A volume of unspecified type has no source.',
    );
  });
});

describe('updateVolume', () => {
  it('renames a volume with its mounts and position', () => {
    const input = deepFreeze({ ...sample(), positions: { 'volume:logs': { x: 3, y: 4 } } });
    const d = updateVolume(input, 'logs', { rename: 'app-logs' });
    expect(d.volumes[0]?.name).toBe('app-logs');
    expect(d.containers.flatMap((c) => c.mounts.map((m) => m.volume))).toEqual([
      'app-logs',
      'data',
      'app-logs',
    ]);
    expect(d.positions).toEqual({ 'volume:app-logs': { x: 3, y: 4 } });
  });

  it('replaces the source key when the type changes, keeping the name placeholder', () => {
    const input = deepFreeze(
      design({
        volumes: [
          { name: 'conf', type: 'configMap', raw: { name: null, configMap: { name: 'a' } } },
        ],
      }),
    );
    const d = updateVolume(input, 'conf', { type: 'secret' });
    expect(d.volumes[0]).toEqual({
      name: 'conf',
      type: 'secret',
      raw: { name: null, secret: { secretName: 'conf' } },
    });
    const other = deepFreeze(
      design({ volumes: [{ name: 'n', type: 'other', raw: { nfs: { path: '/' } } }] }),
    );
    expect(updateVolume(other, 'n', { type: 'emptyDir' }).volumes[0]?.raw).toEqual({
      emptyDir: {},
    });
  });

  it('replaces the source of the current type', () => {
    const d = updateVolume(sample(), 'logs', { source: { medium: 'Memory' } });
    expect(d.volumes[0]?.raw).toEqual({ emptyDir: { medium: 'Memory' } });
    const claim = updateVolume(sample(), 'data', { source: { accessModes: ['ReadWriteMany'] } });
    expect(claim.volumes[1]?.raw).toEqual({ spec: { accessModes: ['ReadWriteMany'] } });
  });

  it('moves a volume between pod volumes and claim templates', () => {
    const d = updateVolume(sample(), 'logs', { type: 'volumeClaimTemplate' });
    expect(d.volumes.map((v) => [v.name, v.type])).toEqual([
      ['data', 'volumeClaimTemplate'],
      ['logs', 'volumeClaimTemplate'],
    ]);
    const back = updateVolume(d, 'data', { type: 'emptyDir' });
    expect(back.volumes.map((v) => v.name)).toEqual(['data', 'logs']);
  });

  it('refuses a taken name, claim templates outside StatefulSets and a source for no type', () => {
    expect(() => updateVolume(sample(), 'logs', { rename: 'data' })).toThrow(
      'A volume named "data" already exists.',
    );
    const pod = deepFreeze(design({ volumes: [volume('x'), volume('u', 'unspecified')] }));
    expect(() => updateVolume(pod, 'x', { type: 'volumeClaimTemplate' })).toThrow(
      'Volume claim templates exist only in StatefulSets',
    );
    expect(() => updateVolume(pod, 'u', { source: {} })).toThrow(
      'The volume "u" has no source to replace; choose a type first.',
    );
  });
});

describe('removeVolume', () => {
  it('refuses while containers mount the volume', () => {
    expect(() => removeVolume(sample(), 'logs')).toThrow(
      'The volume "logs" is still mounted by "app", "shipper"; disconnect those mounts first.',
    );
  });

  it('removes the volume with its mounts and position when asked to disconnect', () => {
    const input = deepFreeze({ ...sample(), positions: { 'volume:logs': { x: 3, y: 4 } } });
    const d = removeVolume(input, 'logs', { disconnect: true });
    expect(d.volumes.map((v) => v.name)).toEqual(['data']);
    expect(d.containers.map((c) => c.mounts.length)).toEqual([1, 0]);
    expect(d.positions).toEqual({});
  });

  it('removes an unused volume and refuses an unknown one', () => {
    const d = removeVolume(deepFreeze(design({ volumes: [volume('x')] })), 'x');
    expect(d.volumes).toEqual([]);
    expect(() => removeVolume(d, 'x')).toThrow('There is no volume named "x".');
  });
});
