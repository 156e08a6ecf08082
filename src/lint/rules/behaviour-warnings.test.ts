import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../../testing/build';
import { lintDesign } from '../engine';
import { firedIds } from '../helpers/test-kit';
import { behaviourRules } from './behaviour';

/** The cases of sidecar-rules.md §9.3 (accepted but wrong), as designs; R39 left out (§9.0). */
const mine = behaviourRules.filter((r) => r.id !== 'res/effective-requests');
const fired = (d: Parameters<typeof firedIds>[0]) => firedIds(d, mine);
const proxyImage = 'envoyproxy/envoy:v1.31.0';
const probe15001 = { startupProbe: { tcpSocket: { port: 15001 } } };

describe('accepted but wrong designs of §9.3', () => {
  it('T24: a legacy log shipper in a Job never completes and races at shutdown', () => {
    const d = design({
      kind: 'Job',
      target: '1.31',
      containers: [
        container('myjob', { mounts: [{ volume: 'data', mountPath: '/opt' }] }),
        container('logshipper', {
          role: 'sidecar',
          mode: 'legacy',
          purpose: 'log-shipper',
          mounts: [{ volume: 'data', mountPath: '/opt', readOnly: true }],
        }),
      ],
      volumes: [volume('data')],
    });
    expect(fired(d)).toEqual(['job/legacy-sidecar-never-completes', 'stop/legacy-shutdown-race']);
  });

  it('T25: a main container with restartPolicy Always in a Job on 1.35', () => {
    const d = design({
      kind: 'Job',
      target: '1.35',
      containers: [
        container('task', { spec: { command: ['sh', '-c', 'sleep 5'] } }),
        container('proxy', { image: proxyImage, spec: { restartPolicy: 'Always' } }),
      ],
    });
    expect(fired(d)).toEqual(['job/main-restart-always']);
  });

  it('T27: a main container depends on a sidecar without a startup signal', () => {
    const d = design({
      target: '1.31',
      containers: [
        container('app'),
        container('cache', { role: 'sidecar', spec: { ports: [{ containerPort: 6379 }] } }),
      ],
      links: [{ from: 'app', to: 'cache', port: 6379 }],
    });
    expect(fired(d)).toEqual(['order/sidecar-without-startup-signal']);
  });

  it('T28: a legacy proxy in a long-running Pod races at start and at shutdown', () => {
    const d = design({
      target: '1.31',
      containers: [
        container('app'),
        container('proxy', {
          role: 'sidecar',
          mode: 'legacy',
          purpose: 'proxy',
          spec: { ports: [{ containerPort: 15001 }] },
        }),
      ],
    });
    expect(fired(d)).toEqual(['order/legacy-start-race', 'stop/legacy-shutdown-race']);
  });

  it('T30: the same port in a regular init container and a main container is fine', () => {
    const d = design({
      target: '1.31',
      containers: [
        container('app', { spec: { ports: [{ containerPort: 8080 }] } }),
        container('warmup', { role: 'init', spec: { ports: [{ containerPort: 8080 }] } }),
      ],
    });
    expect(fired(d)).toEqual([]);
  });

  it('T31: a host port shared by a sidecar and a main container', () => {
    const d = design({
      target: '1.31',
      containers: [
        container('app', { spec: { ports: [{ containerPort: 80, hostPort: 8080 }] } }),
        container('proxy', {
          role: 'sidecar',
          spec: { ports: [{ containerPort: 9901, hostPort: 8080 }] },
        }),
      ],
    });
    expect(fired(d)).toEqual(['net/hostport-sidecar-main']);
  });

  it('T32: a log shipper that ships through the proxy is declared before it', () => {
    const d = design({
      target: '1.31',
      containers: [
        container('app'),
        container('logs', { role: 'sidecar', purpose: 'log-shipper' }),
        container('proxy', { role: 'sidecar', purpose: 'proxy', spec: probe15001 }),
      ],
      links: [{ from: 'logs', to: 'proxy', port: 15001 }],
    });
    expect(fired(d)).toEqual(['order/sidecar-dependency-inverted']);
  });

  it("T34: a main container's preStop eats the whole grace period", () => {
    const d = design({
      target: '1.31',
      podSpec: { terminationGracePeriodSeconds: 30 },
      containers: [
        container('app', { spec: { lifecycle: { preStop: { sleep: { seconds: 29 } } } } }),
        container('proxy', { role: 'sidecar', purpose: 'proxy', spec: probe15001 }),
      ],
    });
    expect(fired(d)).toEqual(['stop/grace-budget-exhausted']);
  });

  it('T35: a sidecar connected to nothing', () => {
    const d = design({
      target: '1.31',
      containers: [container('app'), container('helper', { role: 'sidecar' })],
    });
    expect(fired(d)).toEqual(['link/isolated-sidecar']);
  });

  it('T37: a named probe port declared only in another container', () => {
    const d = design({
      target: '1.31',
      containers: [
        container('app', { spec: { ports: [{ name: 'admin', containerPort: 9901 }] } }),
        container('proxy', {
          role: 'sidecar',
          spec: { startupProbe: { httpGet: { path: '/ready', port: 'admin' } } },
        }),
      ],
    });
    expect(fired(d)).toEqual(['link/isolated-sidecar', 'net/probe-named-port-missing']);
  });

  it('T38: a config reloader watching a subPath mount', () => {
    const d = design({
      target: '1.31',
      containers: [
        container('app', { mounts: [{ volume: 'cfg', mountPath: '/etc/app' }] }),
        container('reloader', {
          role: 'sidecar',
          purpose: 'config-reloader',
          mounts: [{ volume: 'cfg', mountPath: '/etc/app/app.yaml', subPath: 'app.yaml' }],
        }),
      ],
      volumes: [volume('cfg', 'configMap', { name: 'app-config' })],
    });
    expect(fired(d)).toEqual(['vol/subpath-no-updates']);
  });

  it('T40: a mesh workaround left in place after moving to a native sidecar', () => {
    const d = design({
      target: '1.31',
      containers: [
        container('app'),
        container('linkerd-proxy', {
          role: 'sidecar',
          purpose: 'proxy',
          spec: { startupProbe: { httpGet: { path: '/ready', port: 4191 } } },
        }),
      ],
    });
    d.metadata = {
      name: 't40',
      annotations: { 'config.alpha.linkerd.io/proxy-wait-before-exit-seconds': '10' },
    };
    expect(fired(d)).toEqual(['mesh/legacy-workaround-with-native']);
    expect(lintDesign(d, { rules: mine }).every((f) => f.severity === 'info')).toBe(true);
  });
});
