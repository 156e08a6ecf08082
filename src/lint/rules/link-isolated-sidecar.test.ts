import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../../testing/build';
import { check } from '../helpers/test-kit';
import { isolatedSidecar as rule } from './link-isolated-sidecar';

const pod = (helper = container('helper', { role: 'sidecar' })) =>
  design({ containers: [container('app'), helper] });

describe('link/isolated-sidecar (R30)', () => {
  it('fires on a sidecar with no link, port or shared volume', () => {
    expect(check(rule, pod()).map((f) => f.container)).toEqual(['helper']);
    expect(rule.severity).toBe('warning');
  });

  it('fires on a legacy sidecar too, and ignores the service-account token volume', () => {
    const token = { volume: 'kube-api-access-x1', mountPath: '/var/run/secrets' };
    const d = design({
      containers: [
        container('app', { mounts: [token] }),
        container('helper', { role: 'sidecar', mode: 'legacy', mounts: [token] }),
      ],
      volumes: [volume('kube-api-access-x1', 'projected', { sources: [] })],
    });
    expect(check(rule, d).map((f) => f.container)).toEqual(['helper']);
  });

  it('stays quiet with a link, a port, a shared volume, or the proxy purpose', () => {
    const linked = pod();
    linked.links = [{ from: 'app', to: 'helper', port: 9000 }];
    expect(check(rule, linked)).toEqual([]);
    const port = container('helper', { role: 'sidecar', spec: { ports: [{ containerPort: 9 }] } });
    expect(check(rule, pod(port))).toEqual([]);
    expect(check(rule, pod(container('helper', { role: 'sidecar', purpose: 'proxy' })))).toEqual(
      [],
    );
    const shared = { volume: 'data', mountPath: '/data' };
    const withVolume = design({
      containers: [
        container('app', { mounts: [shared] }),
        container('helper', { role: 'sidecar', mounts: [shared] }),
      ],
      volumes: [volume('data')],
    });
    expect(check(rule, withVolume)).toEqual([]);
  });

  it('marks a guessed sidecar role', () => {
    const [finding] = check(
      rule,
      pod({ ...container('helper', { role: 'sidecar' }), guessed: true }),
    );
    expect(finding?.guess).toBe(true);
  });
});

describe('link/isolated-sidecar (R30) scope', () => {
  it('counts a probe on a port number as serving, but not an unresolvable port name', () => {
    const probed = (port: string | number) =>
      pod(
        container('helper', { role: 'sidecar', spec: { livenessProbe: { tcpSocket: { port } } } }),
      );
    expect(check(rule, probed(80))).toEqual([]);
    expect(check(rule, probed('admin'))).toHaveLength(1);
  });

  it('leaves a Pod without main containers, and unsupported native sidecars, to other rules', () => {
    expect(check(rule, design({ containers: [container('helper', { role: 'sidecar' })] }))).toEqual(
      [],
    );
    const old = pod();
    old.target = '1.27';
    expect(check(rule, old)).toEqual([]);
    old.sidecarMode = 'legacy';
    expect(check(rule, old)).toHaveLength(1);
  });
});
