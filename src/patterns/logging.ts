import { buildDesign, httpProbe, resources, tcpProbe } from './build';
import { PATTERN_SOURCES as S } from './sources';
import type { Pattern } from './types';

/** Fluent Bit with its HTTP server on 2020, which answers health checks. */
const FLUENT_BIT_PORT = 2020;

/** A web server writes access logs to a shared emptyDir; a native Fluent Bit sidecar ships them. */
export const nativeLogShipper: Pattern = {
  id: 'native-log-shipper',
  name: 'Native log shipper',
  summary: [
    'The app writes log files into a shared emptyDir; a Fluent Bit native sidecar reads and ships them.',
    'Log files inside a container are lost with it; the shipper starts before the app and stops after it, so no line is missed.',
  ],
  sources: [S.sidecars, S.loggingAgent, S.emptyDir, S.fluentBit],
  design: () =>
    buildDesign({
      kind: 'Deployment',
      name: 'web',
      controller: { replicas: 2 },
      volumes: [
        { name: 'logs', type: 'emptyDir', source: { sizeLimit: '500Mi' }, at: { x: 240, y: 520 } },
        {
          name: 'fluent-bit-config',
          type: 'configMap',
          source: { name: 'fluent-bit-config' },
          at: { x: 560, y: 520 },
        },
      ],
      containers: [
        {
          name: 'log-shipper',
          role: 'sidecar',
          purpose: 'log-shipper',
          image: 'fluent/fluent-bit:3.1.9',
          spec: {
            ports: [{ name: 'http', containerPort: FLUENT_BIT_PORT }],
            resources: resources('50m', '64Mi', '128Mi'),
            livenessProbe: httpProbe(FLUENT_BIT_PORT, '/api/v1/health', { periodSeconds: 10 }),
          },
          mounts: [
            { volume: 'logs', mountPath: '/var/log/nginx', readOnly: true },
            { volume: 'fluent-bit-config', mountPath: '/fluent-bit/etc', readOnly: true },
          ],
          at: { x: 400, y: 80 },
        },
        {
          name: 'app',
          role: 'main',
          image: 'nginx:1.27',
          spec: {
            ports: [{ name: 'web', containerPort: 80 }],
            resources: resources('100m', '128Mi', '256Mi'),
            readinessProbe: httpProbe('web', '/', { periodSeconds: 5 }),
            livenessProbe: tcpProbe('web', { periodSeconds: 10 }),
          },
          mounts: [{ volume: 'logs', mountPath: '/var/log/nginx' }],
          at: { x: 80, y: 300 },
        },
      ],
    }),
};

/** The Redis exporter's default metrics port. */
const EXPORTER_PORT = 9121;
const REDIS_PORT = 6379;

/** An adapter: an exporter turns Redis' own statistics into Prometheus metrics. */
export const metricsAdapter: Pattern = {
  id: 'metrics-adapter',
  name: 'Adapter: metrics exporter',
  summary: [
    'Redis runs unchanged; an exporter sidecar asks it for INFO on localhost:6379 and serves Prometheus metrics on 9121.',
    'Monitoring expects one format but the app speaks another; the adapter translates without touching the app.',
  ],
  sources: [S.compositePatterns, S.sidecars, S.redisExporter],
  design: () =>
    buildDesign({
      kind: 'Deployment',
      name: 'cache',
      volumes: [],
      containers: [
        {
          name: 'metrics-exporter',
          role: 'sidecar',
          purpose: 'other',
          image: 'oliver006/redis_exporter:v1.62.0',
          spec: {
            env: [{ name: 'REDIS_ADDR', value: `redis://localhost:${REDIS_PORT}` }],
            ports: [{ name: 'metrics', containerPort: EXPORTER_PORT }],
            resources: resources('25m', '32Mi', '64Mi'),
            readinessProbe: httpProbe('metrics', '/health', { periodSeconds: 10 }),
          },
          at: { x: 400, y: 80 },
        },
        {
          name: 'redis',
          role: 'main',
          image: 'redis:7.4',
          spec: {
            ports: [{ name: 'redis', containerPort: REDIS_PORT }],
            resources: resources('100m', '256Mi', '512Mi'),
            readinessProbe: { exec: { command: ['redis-cli', 'ping'] }, periodSeconds: 5 },
            livenessProbe: tcpProbe('redis', { periodSeconds: 10 }),
          },
          at: { x: 80, y: 300 },
        },
      ],
      links: [{ from: 'metrics-exporter', to: 'redis', port: REDIS_PORT }],
    }),
};
