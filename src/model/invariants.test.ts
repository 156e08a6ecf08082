import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../testing/build';
import { checkInvariants } from './invariants';

describe('checkInvariants', () => {
  it('finds nothing wrong with a sound design', () => {
    const sound = design({
      containers: [
        container('app', { mounts: [{ volume: 'data', mountPath: '/data' }] }),
        container('proxy', { role: 'sidecar', purpose: 'proxy', mode: 'legacy' }),
      ],
      volumes: [volume('data')],
      links: [{ from: 'app', to: 'proxy', port: 15001 }],
    });
    expect(checkInvariants(sound)).toEqual([]);
  });

  it('reports duplicate and invalid container names', () => {
    const bad = design({ containers: [container('app'), container('app'), container('Web_1')] });
    const problems = checkInvariants(bad);
    expect(problems).toContain('More than one container is named "app".');
    expect(problems.some((p) => p.startsWith('Container "Web_1": Container names must'))).toBe(
      true,
    );
  });

  it('reports duplicate volumes, unknown mounted volumes and repeated mount paths', () => {
    const bad = design({
      containers: [
        container('app', {
          mounts: [
            { volume: 'data', mountPath: '/data' },
            { volume: 'ghost', mountPath: '/data' },
          ],
        }),
      ],
      volumes: [volume('data'), volume('data')],
    });
    expect(checkInvariants(bad)).toEqual([
      'More than one volume is named "data".',
      'Container "app" mounts "ghost", which is not a volume.',
      'Container "app" mounts more than one volume at /data.',
    ]);
  });

  it('reports links to missing containers, self links and bad ports', () => {
    const bad = design({
      containers: [container('app')],
      links: [
        { from: 'app', to: 'gone', port: 80 },
        { from: 'app', to: 'app', port: 0 },
      ],
    });
    expect(checkInvariants(bad)).toEqual([
      'The link from "app" to "gone" on port 80 names a missing container.',
      'The link from "app" to "app" on port 0 links a container to itself.',
      'The link from "app" to "app" on port 0 has a port outside 1–65535.',
    ]);
  });

  it('reports claim templates outside StatefulSets and accepts them inside', () => {
    const volumes = [volume('data', 'volumeClaimTemplate')];
    expect(checkInvariants(design({ kind: 'Deployment', volumes }))).toEqual([
      'Volume "data" is a claim template, but only StatefulSets have those.',
    ]);
    expect(checkInvariants(design({ kind: 'StatefulSet', volumes }))).toEqual([]);
  });

  it('reports a sidecar mode or purpose on a container that is not a sidecar', () => {
    const bad = design({
      containers: [
        container('app', { mode: 'legacy' }),
        container('setup', { role: 'init', purpose: 'proxy' }),
      ],
    });
    expect(checkInvariants(bad)).toEqual([
      'Container "app" has a sidecar mode but is not a sidecar.',
      'Container "setup" has a purpose but is not a sidecar.',
    ]);
  });
});
