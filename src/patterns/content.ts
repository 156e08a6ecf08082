import { buildDesign, httpProbe, resources, tcpProbe } from './build';
import { PATTERN_SOURCES as S } from './sources';
import type { Pattern } from './types';

const GIT_SYNC_PORT = 2020;

/** nginx serving from /git/site, which git-sync keeps up to date. */
const NGINX_SITE_CONF = 'docs-nginx';

/** A git poller: git-sync pulls a repository into a volume that nginx serves. */
export const gitPoller: Pattern = {
  id: 'git-poller',
  name: 'Git poller',
  summary: [
    'git-sync, a native sidecar, pulls a repository every minute into a shared emptyDir; nginx serves what it finds there.',
    'Publishing content no longer needs a new image: push to git and the site follows; the startupProbe holds nginx until the first pull is done.',
  ],
  sources: [S.gitSync, S.sidecars, S.sharedVolume, S.compositePatterns],
  design: () =>
    buildDesign({
      kind: 'Deployment',
      name: 'docs',
      volumes: [
        { name: 'content', type: 'emptyDir', source: { sizeLimit: '1Gi' }, at: { x: 240, y: 520 } },
        {
          name: 'nginx-conf',
          type: 'configMap',
          source: { name: NGINX_SITE_CONF },
          at: { x: 560, y: 520 },
        },
      ],
      containers: [
        {
          name: 'git-sync',
          role: 'sidecar',
          purpose: 'other',
          image: 'registry.k8s.io/git-sync/git-sync:v4.2.4',
          spec: {
            args: [
              '--repo=https://github.com/mdn/beginner-html-site-styled',
              '--ref=HEAD',
              '--root=/git',
              '--link=site',
              '--period=60s',
              `--http-bind=:${GIT_SYNC_PORT}`,
            ],
            ports: [{ name: 'health', containerPort: GIT_SYNC_PORT }],
            resources: resources('20m', '32Mi', '128Mi'),
            startupProbe: httpProbe('health', '/', { periodSeconds: 2, failureThreshold: 60 }),
            livenessProbe: httpProbe('health', '/', { periodSeconds: 30 }),
            securityContext: { runAsUser: 65533, runAsNonRoot: true },
          },
          mounts: [{ volume: 'content', mountPath: '/git' }],
          at: { x: 400, y: 80 },
        },
        {
          name: 'web',
          role: 'main',
          image: 'nginx:1.27',
          spec: {
            ports: [{ name: 'http', containerPort: 80 }],
            resources: resources('50m', '64Mi', '128Mi'),
            readinessProbe: httpProbe('http', '/', { periodSeconds: 5 }),
            livenessProbe: tcpProbe('http', { periodSeconds: 10 }),
          },
          mounts: [
            { volume: 'content', mountPath: '/git', readOnly: true },
            { volume: 'nginx-conf', mountPath: '/etc/nginx/conf.d', readOnly: true },
          ],
          at: { x: 80, y: 300 },
        },
      ],
    }),
};

/** An init container downloads and unpacks a site that nginx then serves. */
export const initPreparesData: Pattern = {
  id: 'init-prepares-data',
  name: 'Init container prepares data',
  summary: [
    'fetch-site, a regular init container, downloads and unpacks the site into an emptyDir and exits; only then does nginx start and serve it.',
    'The app never sees a half-prepared volume, and the download tools stay out of the app image.',
  ],
  sources: [S.initContainers, S.sharedVolume, S.emptyDir],
  design: () =>
    buildDesign({
      kind: 'Deployment',
      name: 'static-site',
      volumes: [
        { name: 'site', type: 'emptyDir', source: { sizeLimit: '256Mi' }, at: { x: 240, y: 520 } },
      ],
      containers: [
        {
          name: 'fetch-site',
          role: 'init',
          image: 'curlimages/curl:8.10.1',
          spec: {
            command: ['sh', '-c'],
            args: [
              'curl -fsSL https://github.com/mdn/beginner-html-site-styled/archive/refs/heads/gh-pages.tar.gz | tar -xz -C /site --strip-components=1',
            ],
            resources: resources('50m', '32Mi', '64Mi'),
          },
          mounts: [{ volume: 'site', mountPath: '/site' }],
          at: { x: 80, y: 80 },
        },
        {
          name: 'web',
          role: 'main',
          image: 'nginx:1.27',
          spec: {
            ports: [{ name: 'http', containerPort: 80 }],
            resources: resources('50m', '64Mi', '128Mi'),
            readinessProbe: httpProbe('http', '/', { periodSeconds: 5 }),
            livenessProbe: tcpProbe('http', { periodSeconds: 10 }),
          },
          mounts: [{ volume: 'site', mountPath: '/usr/share/nginx/html', readOnly: true }],
          at: { x: 240, y: 300 },
        },
      ],
    }),
};
