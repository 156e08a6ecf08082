import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/types';
import { container, design, volume } from '../../testing/build';
import { createContext } from '../context';
import { lintDesign } from '../engine';
import type { LintContext } from '../types';
import { apiRules } from './api';

/**
 * The test cases of sidecar-rules.md §9.1 and §9.2, built with the design builders. Each asserts
 * exactly which API and version rules (R01–R16) fire; the other rules are checked elsewhere.
 */
const API_IDS = new Set(apiRules.map((rule) => rule.id));

function apiFindings(d: Design, context?: LintContext): string[] {
  return lintDesign(d, context ? { context } : {})
    .filter((f) => API_IDS.has(f.rule))
    .map((f) => `${f.rule} ${f.severity}`);
}

const nginx = (name: string, spec = {}) => container(name, { image: 'nginx:1.27', spec });
const envoy = { image: 'envoyproxy/envoy:v1.31.0' };

describe('catalogue cases: valid designs (§9.1)', () => {
  it('T01 native log shipper in a Deployment', () => {
    const mounts = [{ volume: 'data', mountPath: '/opt' }];
    const d = design({
      kind: 'Deployment',
      target: '1.31',
      containers: [
        container('myapp', { image: 'alpine:3.20', mounts }),
        container('logshipper', {
          role: 'sidecar',
          purpose: 'log-shipper',
          image: 'alpine:3.20',
          mounts,
        }),
      ],
      volumes: [volume('data')],
    });
    expect(apiFindings(d)).toEqual([]);
  });

  it('T02 Job with a native sidecar', () => {
    const mounts = [{ volume: 'data', mountPath: '/opt' }];
    const d = design({
      kind: 'Job',
      target: '1.29',
      podSpec: { restartPolicy: 'Never' },
      containers: [
        container('myjob', { image: 'alpine:3.20', mounts }),
        container('logshipper', {
          role: 'sidecar',
          purpose: 'log-shipper',
          image: 'alpine:3.20',
          mounts,
        }),
      ],
      volumes: [volume('data')],
    });
    expect(apiFindings(d)).toEqual([]);
  });

  it('T03 sidecar with every probe and both hooks', () => {
    const helper = container('helper', {
      role: 'sidecar',
      image: 'registry.example/helper:1',
      spec: {
        lifecycle: {
          postStart: { exec: { command: ['echo', 'post start'] } },
          preStop: { exec: { command: ['echo', 'pre stop'] } },
        },
        livenessProbe: { tcpSocket: { port: 80 }, successThreshold: 1 },
        readinessProbe: { tcpSocket: { port: 80 } },
        startupProbe: { tcpSocket: { port: 80 }, successThreshold: 1 },
        ports: [{ containerPort: 80 }],
      },
    });
    expect(apiFindings(design({ target: '1.30', containers: [nginx('app'), helper] }))).toEqual([]);
  });

  it('T05 the resource example', () => {
    const requests = (cpu: string, memory: string) => ({
      resources: { requests: { cpu, memory } },
    });
    const d = design({
      target: '1.31',
      containers: [
        container('app', { image: 'registry.example/app:1', spec: requests('300m', '256Mi') }),
        container('worker', {
          image: 'registry.example/worker:1',
          spec: requests('200m', '128Mi'),
        }),
        container('init-a', { role: 'init', spec: requests('500m', '256Mi') }),
        container('proxy', {
          role: 'sidecar',
          purpose: 'proxy',
          ...envoy,
          spec: requests('100m', '128Mi'),
        }),
        container('init-b', { role: 'init', spec: requests('200m', '512Mi') }),
        container('logs', {
          role: 'sidecar',
          image: 'fluent/fluent-bit:3.1',
          spec: requests('50m', '64Mi'),
        }),
      ],
    });
    expect(apiFindings(d)).toEqual([]);
  });
});

describe('catalogue cases: rejected by the API server (§9.2)', () => {
  it('T06 restartPolicy on a main container before 1.35', () => {
    const d = design({
      target: '1.33',
      containers: [
        nginx('app'),
        container('proxy', { ...envoy, spec: { restartPolicy: 'Always' } }),
      ],
    });
    expect(apiFindings(d)).toEqual(['api/restart-policy-on-main error']);
  });

  it('T07 OnFailure on an init container: rejected on 1.33, valid on 1.35', () => {
    const make = (target: '1.33' | '1.35') =>
      design({
        target,
        containers: [
          nginx('app'),
          container('setup', { role: 'init', spec: { restartPolicy: 'OnFailure' } }),
        ],
      });
    expect(apiFindings(make('1.33'))).toEqual(['api/init-restart-policy error']);
    expect(apiFindings(make('1.35'))).toEqual([]);
  });

  it('T08 readiness probe on a regular init container', () => {
    const init = container('wait-db', {
      role: 'init',
      spec: { readinessProbe: { tcpSocket: { port: 80 } } },
    });
    expect(apiFindings(design({ target: '1.31', containers: [nginx('app'), init] }))).toEqual([
      'api/init-probes-hooks error',
    ]);
  });

  it('T10 mount of an undeclared volume', () => {
    const app = container('app', {
      image: 'nginx:1.27',
      mounts: [{ volume: 'config', mountPath: '/etc/app' }],
    });
    expect(apiFindings(design({ target: '1.31', containers: [app] }))).toEqual([
      'api/mount-reference error',
    ]);
  });

  it('T11 invalid port names', () => {
    const ports = [
      { name: 'Metrics', containerPort: 9090 },
      { name: 'prometheus-metrics', containerPort: 9091 },
    ];
    expect(apiFindings(design({ target: '1.31', containers: [nginx('app', { ports })] }))).toEqual([
      'api/port-spec error',
      'api/port-spec error',
    ]);
  });

  it('T13 host port used by two main containers', () => {
    const d = design({
      target: '1.31',
      containers: [
        nginx('abc', { ports: [{ containerPort: 80, hostPort: 80 }] }),
        nginx('def', { ports: [{ containerPort: 81, hostPort: 80 }] }),
      ],
    });
    expect(apiFindings(d)).toEqual(['api/hostport-duplicate error']);
  });

  it('T14 all containers turned into sidecars', () => {
    const d = design({
      target: '1.31',
      containers: [container('proxy', { role: 'sidecar', ...envoy })],
    });
    expect(apiFindings(d)).toEqual(['api/no-main-container error']);
  });

  it('T15 subPath escaping the volume; subPath with subPathExpr', () => {
    const app = container('app', {
      image: 'nginx:1.27',
      mounts: [
        { volume: 'data', mountPath: '/a', subPath: '../etc' },
        { volume: 'data', mountPath: '/b', subPath: 'x', raw: { subPathExpr: '$(POD_NAME)' } },
      ],
    });
    const d = design({ target: '1.31', containers: [app], volumes: [volume('data')] });
    expect(apiFindings(d)).toEqual(['api/mount-options error', 'api/mount-options error']);
  });

  it('T17 shared process namespace with host PID', () => {
    const d = design({
      target: '1.31',
      podSpec: { shareProcessNamespace: true, hostPID: true },
      containers: [nginx('app')],
    });
    expect(apiFindings(d)).toEqual(['api/pid-namespace error']);
  });

  it('T18 sidecar liveness probe with successThreshold 2', () => {
    const proxy = container('proxy', {
      role: 'sidecar',
      ...envoy,
      spec: { livenessProbe: { tcpSocket: { port: 80 }, successThreshold: 2 } },
    });
    expect(apiFindings(design({ target: '1.31', containers: [nginx('app'), proxy] }))).toEqual([
      'api/probe-hook-shape error',
    ]);
  });

  it('T19 preStop sleep longer than the grace period', () => {
    const d = design({
      target: '1.31',
      podSpec: { terminationGracePeriodSeconds: 30 },
      containers: [nginx('app', { lifecycle: { preStop: { sleep: { seconds: 60 } } } })],
    });
    expect(apiFindings(d)).toEqual(['api/probe-hook-shape error']);
  });

  it('T21 Deployment template with restartPolicy: Never', () => {
    const d = design({
      kind: 'Deployment',
      target: '1.31',
      podSpec: { restartPolicy: 'Never' },
      containers: [nginx('app')],
    });
    expect(apiFindings(d)).toEqual(['api/workload-restart-policy error']);
  });

  it('T22 Job template without a restart policy', () => {
    const task = container('task', { spec: { command: ['true'] } });
    const d = design({ kind: 'Job', target: '1.31', podSpec: {}, containers: [task] });
    expect(apiFindings(d)).toEqual(['api/workload-restart-policy error']);
  });

  it('T23 native sidecar on an old cluster: error on 1.27, warning on 1.28, none on 1.29', () => {
    const make = (target: '1.27' | '1.28' | '1.29') =>
      design({
        target,
        containers: [nginx('app'), container('proxy', { role: 'sidecar', ...envoy })],
      });
    expect(apiFindings(make('1.27'))).toEqual(['ver/native-sidecar-unsupported error']);
    expect(apiFindings(make('1.28'))).toEqual(['ver/native-sidecar-unsupported warning']);
    expect(apiFindings(make('1.29'))).toEqual([]);
    expect(apiFindings(make('1.28'), createContext('1.28', { sidecarContainers: true }))).toEqual([
      'ver/native-sidecar-unsupported warning',
    ]);
  });
});
