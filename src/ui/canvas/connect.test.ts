import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../../testing/build';
import {
  connectRequestOf,
  containerPortsOf,
  parsePort,
  suggestMountPath,
  suggestReadOnly,
} from './connect';

const pod = design({
  containers: [
    container('app', { mounts: [{ volume: 'logs', mountPath: '/var/log/app' }] }),
    container('shipper', { role: 'sidecar' }),
    container('cache', {
      spec: { ports: [{ containerPort: 6379 }, { containerPort: 6379, protocol: 'UDP' }, {}] },
    }),
  ],
  volumes: [volume('logs'), volume('config', 'configMap', { name: 'cfg' })],
});

describe('connecting by dragging', () => {
  it('mounts a volume dragged onto from a container', () => {
    expect(connectRequestOf(pod, 'container:app', 'volume:config')).toEqual({
      kind: 'mount',
      container: 'app',
      volume: 'config',
    });
  });

  it('links a container dragged onto from another container', () => {
    expect(connectRequestOf(pod, 'container:app', 'container:cache')).toEqual({
      kind: 'link',
      from: 'app',
      to: 'cache',
    });
  });

  it('asks nothing for a container onto itself, the pod, or what is not there', () => {
    expect(connectRequestOf(pod, 'container:app', 'container:app')).toBeNull();
    expect(connectRequestOf(pod, 'container:app', 'pod')).toBeNull();
    expect(connectRequestOf(pod, 'volume:logs', 'container:app')).toBeNull();
    expect(connectRequestOf(pod, 'container:app', 'volume:gone')).toBeNull();
    expect(connectRequestOf(pod, 'container:gone', 'volume:logs')).toBeNull();
  });

  it('suggests the path other containers use for the volume, else /mnt/<volume>', () => {
    expect(suggestMountPath(pod, 'shipper', 'logs')).toBe('/var/log/app');
    expect(suggestMountPath(pod, 'shipper', 'config')).toBe('/mnt/config');
    const taken = design({
      containers: [
        container('app', {
          mounts: [
            { volume: 'other', mountPath: '/mnt/data' },
            { volume: 'more', mountPath: '/mnt/data-2' },
          ],
        }),
      ],
    });
    expect(suggestMountPath(taken, 'app', 'data')).toBe('/mnt/data-3');
  });

  it('suggests read-only for configuration and secret volumes', () => {
    expect(suggestReadOnly(pod.volumes[1])).toBe(true);
    expect(suggestReadOnly(pod.volumes[0])).toBe(false);
    expect(suggestReadOnly(undefined)).toBe(false);
    const image = { name: 'model', type: 'other' as const, raw: { image: { reference: 'm:1' } } };
    expect(suggestReadOnly(image)).toBe(true);
    expect(suggestReadOnly({ ...image, raw: { nfs: { server: 'n', path: '/' } } })).toBe(false);
  });

  it("offers the target's declared container ports, once each", () => {
    expect(containerPortsOf(pod, 'cache')).toEqual([6379]);
    expect(containerPortsOf(pod, 'app')).toEqual([]);
    expect(containerPortsOf(pod, 'gone')).toEqual([]);
  });

  it('reads a typed port as a whole number, and anything else as not a number', () => {
    expect(parsePort(' 8080 ')).toBe(8080);
    expect(parsePort('')).toBeNaN();
    expect(parsePort('80.5')).toBeNaN();
    expect(parsePort('http')).toBeNaN();
  });
});
