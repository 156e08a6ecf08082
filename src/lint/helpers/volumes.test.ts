import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../../testing/build';
import { sharesVolume, volumeLinks } from './volumes';

const d = design({
  containers: [
    container('app', { mounts: [{ volume: 'logs', mountPath: '/logs' }] }),
    container('shipper', {
      role: 'sidecar',
      purpose: 'log-shipper',
      mounts: [{ volume: 'logs', mountPath: '/logs' }],
    }),
    container('viewer', {
      role: 'sidecar',
      mounts: [{ volume: 'logs', mountPath: '/l', readOnly: true }],
    }),
    container('lonely', { role: 'sidecar', mounts: [{ volume: 'own', mountPath: '/own' }] }),
  ],
  volumes: [volume('logs'), volume('own')],
});

describe('volume links (§8.0)', () => {
  it('pairs writers with read-only readers and log shippers', () => {
    expect(volumeLinks(d).map((l) => `${l.producer.name}->${l.consumer.name}`)).toEqual([
      'app->shipper',
      'app->viewer',
      'shipper->viewer',
    ]);
  });

  it('knows which containers share a volume', () => {
    expect(sharesVolume(d, d.containers[0] ?? container('x'))).toBe(true);
    expect(sharesVolume(d, d.containers[3] ?? container('x'))).toBe(false);
  });
});
