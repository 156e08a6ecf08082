import { buildDesign, httpProbe, resources } from './build';
import { PATTERN_SOURCES as S } from './sources';
import type { Pattern } from './types';

const POSTGRES = 5432;
const SQL_PROXY_HEALTH = 9090;

/** An ambassador: the app talks to localhost:5432, the Cloud SQL Auth Proxy goes out. */
export const cloudSqlAmbassador: Pattern = {
  id: 'cloud-sql-ambassador',
  name: 'Ambassador: Cloud SQL Auth Proxy',
  summary: [
    'The app and its migration connect to Postgres on localhost:5432; the Cloud SQL Auth Proxy sidecar carries the connection out, encrypted and authenticated.',
    'The app needs no TLS or cloud credentials; as a native sidecar declared first, the proxy already runs when the migration starts.',
  ],
  sources: [S.compositePatterns, S.cloudSqlProxy, S.sidecars, S.initContainers],
  design: () =>
    buildDesign({
      kind: 'Deployment',
      name: 'orders',
      podSpec: { serviceAccountName: 'orders' },
      volumes: [
        {
          name: 'migrations',
          type: 'configMap',
          source: { name: 'orders-migrations' },
          at: { x: 80, y: 520 },
        },
      ],
      containers: [
        {
          name: 'cloud-sql-proxy',
          role: 'sidecar',
          purpose: 'proxy',
          image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1',
          spec: {
            args: [
              `--port=${POSTGRES}`,
              '--health-check',
              '--http-address=0.0.0.0',
              `--http-port=${SQL_PROXY_HEALTH}`,
              '--structured-logs',
              'acme-shop:europe-west1:orders-db',
            ],
            ports: [{ name: 'health', containerPort: SQL_PROXY_HEALTH }],
            resources: resources('50m', '64Mi', '256Mi'),
            startupProbe: httpProbe('health', '/startup', {
              periodSeconds: 1,
              failureThreshold: 60,
            }),
            livenessProbe: httpProbe('health', '/liveness', { periodSeconds: 10 }),
            securityContext: { runAsNonRoot: true },
          },
          at: { x: 400, y: 80 },
        },
        {
          name: 'migrate',
          role: 'init',
          image: 'migrate/migrate:v4.17.1',
          spec: {
            args: ['-path=/migrations', '-database=$(DATABASE_URL)', 'up'],
            env: [
              {
                name: 'DATABASE_URL',
                valueFrom: { secretKeyRef: { name: 'orders-db', key: 'url' } },
              },
            ],
            resources: resources('50m', '32Mi', '64Mi'),
          },
          mounts: [{ volume: 'migrations', mountPath: '/migrations', readOnly: true }],
          at: { x: 80, y: 300 },
        },
        {
          name: 'api',
          role: 'main',
          image: 'hasura/graphql-engine:v2.40.0',
          spec: {
            env: [
              {
                name: 'HASURA_GRAPHQL_DATABASE_URL',
                valueFrom: { secretKeyRef: { name: 'orders-db', key: 'url' } },
              },
            ],
            ports: [{ name: 'http', containerPort: 8080 }],
            resources: resources('250m', '256Mi', '512Mi'),
            readinessProbe: httpProbe('http', '/healthz', { periodSeconds: 5 }),
            livenessProbe: httpProbe('http', '/healthz', { periodSeconds: 10 }),
          },
          at: { x: 400, y: 300 },
        },
      ],
      links: [
        { from: 'migrate', to: 'cloud-sql-proxy', port: POSTGRES },
        { from: 'api', to: 'cloud-sql-proxy', port: POSTGRES },
      ],
    }),
};
