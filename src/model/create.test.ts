import { describe, expect, it } from 'vitest';
import { emptyDesign, starterDesign } from './create';
import { checkInvariants } from './invariants';
import { initContainersOf } from './placement';

describe('emptyDesign', () => {
  it('is a Pod named my-pod with no containers, target 1.33 and native sidecars', () => {
    const design = emptyDesign();
    expect(design.kind).toBe('Pod');
    expect(design.apiVersion).toBe('v1');
    expect(design.metadata).toEqual({ name: 'my-pod' });
    expect(design.containers).toEqual([]);
    expect(design.volumes).toEqual([]);
    expect(design.target).toBe('1.33');
    expect(design.sidecarMode).toBe('native');
  });

  it('builds other kinds with their controller fields', () => {
    const design = emptyDesign('Deployment');
    expect(design.apiVersion).toBe('apps/v1');
    expect(design.metadata.name).toBe('my-deployment');
    expect(design.controller).toEqual({
      replicas: 1,
      selector: { matchLabels: { app: 'my-deployment' } },
    });
    expect(design.templateMetadata).toEqual({ labels: { app: 'my-deployment' } });
    expect(emptyDesign('CronJob').podSpec.restartPolicy).toBe('Never');
  });
});

describe('starterDesign', () => {
  const design = starterDesign();

  it('is a Deployment "web" with an app and a native log-shipper sharing a logs volume', () => {
    expect(design.kind).toBe('Deployment');
    expect(design.metadata.name).toBe('web');
    expect(design.containers.map((c) => [c.name, c.role, c.raw.image])).toEqual([
      ['app', 'main', 'nginx:1.27'],
      ['log-shipper', 'sidecar', 'fluent/fluent-bit:3.1'],
    ]);
    expect(design.containers[1]?.purpose).toBe('log-shipper');
    expect(initContainersOf(design).map((c) => c.name)).toEqual(['log-shipper']);
    expect(design.volumes.map((v) => [v.name, v.type])).toEqual([['logs', 'emptyDir']]);
  });

  it('mounts logs read-write in the app and read-only in the shipper', () => {
    const [app, shipper] = design.containers;
    expect(app?.mounts).toEqual([{ volume: 'logs', mountPath: '/var/log/app', raw: {} }]);
    expect(shipper?.mounts).toEqual([
      { volume: 'logs', mountPath: '/var/log/app', readOnly: true, raw: {} },
    ]);
  });

  it('places every container and volume on the canvas and keeps the invariants', () => {
    expect(Object.keys(design.positions).sort()).toEqual([
      'container:app',
      'container:log-shipper',
      'volume:logs',
    ]);
    expect(checkInvariants(design)).toEqual([]);
  });
});
