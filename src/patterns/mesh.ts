import type { JsonObject } from '../model/json';
import { buildDesign, httpProbe, resources, tcpProbe } from './build';
import { PATTERN_SOURCES as S } from './sources';
import type { Pattern } from './types';

/** What a mesh init container needs to rewrite the Pod's iptables rules. */
const NET_ADMIN: JsonObject = {
  capabilities: { add: ['NET_ADMIN', 'NET_RAW'], drop: ['ALL'] },
  runAsUser: 0,
  runAsNonRoot: false,
  allowPrivilegeEscalation: false,
};

const ISTIO_IMAGE = 'docker.io/istio/proxyv2:1.27.1';
/** Envoy's health endpoint, served by the Istio agent. */
const ISTIO_HEALTH = 15021;

/** Istio: an init container redirects traffic, then Envoy runs as a native sidecar. */
export const istioProxy: Pattern = {
  id: 'istio-proxy',
  name: 'Service-mesh proxy (Istio style)',
  summary: [
    'istio-init redirects the Pod traffic with iptables and exits; istio-proxy (Envoy) then runs as a native sidecar gated by a startupProbe.',
    'The app must not send a byte before the proxy listens, and the proxy must outlive the app at shutdown; native sidecars guarantee both.',
  ],
  sources: [S.istioNative, S.sidecars, S.podLifecycle, S.nativeSidecarBlog],
  design: () =>
    buildDesign({
      kind: 'Deployment',
      name: 'reviews',
      volumes: [
        {
          name: 'istio-envoy',
          type: 'emptyDir',
          source: { medium: 'Memory', sizeLimit: '64Mi' },
          at: { x: 560, y: 520 },
        },
      ],
      containers: [
        {
          name: 'istio-init',
          role: 'init',
          image: ISTIO_IMAGE,
          spec: {
            args: ['istio-iptables', '-p', '15001', '-z', '15006', '-u', '1337', '-m', 'REDIRECT'],
            resources: resources('10m', '40Mi', '128Mi'),
            securityContext: NET_ADMIN,
          },
          at: { x: 80, y: 80 },
        },
        {
          name: 'istio-proxy',
          role: 'sidecar',
          purpose: 'proxy',
          image: ISTIO_IMAGE,
          spec: {
            args: ['proxy', 'sidecar', '--domain', '$(POD_NAMESPACE).svc.cluster.local'],
            env: [
              {
                name: 'POD_NAMESPACE',
                valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } },
              },
            ],
            ports: [{ name: 'http-envoy-prom', containerPort: 15090 }],
            resources: resources('100m', '128Mi', '1Gi'),
            startupProbe: httpProbe(ISTIO_HEALTH, '/healthz/ready', {
              periodSeconds: 1,
              failureThreshold: 600,
            }),
            readinessProbe: httpProbe(ISTIO_HEALTH, '/healthz/ready', { periodSeconds: 15 }),
            securityContext: { runAsUser: 1337, runAsGroup: 1337, runAsNonRoot: true },
          },
          mounts: [{ volume: 'istio-envoy', mountPath: '/etc/istio/proxy' }],
          at: { x: 400, y: 80 },
        },
        {
          name: 'reviews',
          role: 'main',
          image: 'docker.io/istio/examples-bookinfo-reviews-v1:1.20.1',
          spec: {
            ports: [{ name: 'http', containerPort: 9080 }],
            resources: resources('100m', '256Mi', '512Mi'),
            readinessProbe: tcpProbe('http', { periodSeconds: 5 }),
          },
          at: { x: 240, y: 300 },
        },
      ],
    }),
};

const LINKERD_ADMIN = 4191;

/** Linkerd: proxy-init, then linkerd-proxy as a native sidecar held by a blocking postStart. */
export const linkerdProxy: Pattern = {
  id: 'linkerd-proxy',
  name: 'Service-mesh proxy (Linkerd style)',
  summary: [
    'linkerd-init sets up the traffic redirection; linkerd-proxy runs as a native sidecar whose blocking postStart (linkerd-await) waits until it is ready.',
    'The same start and stop guarantees as Istio, with postStart instead of a startupProbe as the signal that the proxy has started.',
  ],
  sources: [S.linkerdNative, S.sidecars, S.podLifecycle],
  design: () =>
    buildDesign({
      kind: 'Deployment',
      name: 'web',
      annotations: { 'config.beta.linkerd.io/proxy-enable-native-sidecar': 'true' },
      volumes: [],
      containers: [
        {
          name: 'linkerd-init',
          role: 'init',
          image: 'cr.l5d.io/linkerd/proxy-init:v2.4.1',
          spec: {
            args: ['--incoming-proxy-port', '4143', '--outgoing-proxy-port', '4140'],
            resources: resources('10m', '20Mi', '50Mi'),
            securityContext: NET_ADMIN,
          },
          at: { x: 80, y: 80 },
        },
        {
          name: 'linkerd-proxy',
          role: 'sidecar',
          purpose: 'proxy',
          image: 'cr.l5d.io/linkerd/proxy:stable-2.14.10',
          spec: {
            env: [
              { name: 'LINKERD2_PROXY_INBOUND_LISTEN_ADDR', value: '0.0.0.0:4143' },
              { name: 'LINKERD2_PROXY_ADMIN_LISTEN_ADDR', value: `0.0.0.0:${LINKERD_ADMIN}` },
            ],
            ports: [
              { name: 'linkerd-proxy', containerPort: 4143 },
              { name: 'linkerd-admin', containerPort: LINKERD_ADMIN },
            ],
            resources: resources('100m', '20Mi', '250Mi'),
            lifecycle: {
              postStart: { exec: { command: ['/usr/lib/linkerd/linkerd-await', '--timeout=2m'] } },
            },
            livenessProbe: httpProbe('linkerd-admin', '/live', { periodSeconds: 10 }),
            readinessProbe: httpProbe('linkerd-admin', '/ready', { periodSeconds: 10 }),
            securityContext: { runAsUser: 2102, runAsNonRoot: true },
          },
          at: { x: 400, y: 80 },
        },
        {
          name: 'web',
          role: 'main',
          image: 'docker.l5d.io/buoyantio/emojivoto-web:v11',
          spec: {
            env: [
              { name: 'WEB_PORT', value: '8080' },
              { name: 'EMOJISVC_HOST', value: 'emoji-svc.emojivoto:8080' },
            ],
            ports: [{ name: 'http', containerPort: 8080 }],
            resources: resources('100m', '64Mi', '128Mi'),
            readinessProbe: httpProbe('http', '/', { periodSeconds: 5 }),
          },
          at: { x: 240, y: 300 },
        },
      ],
    }),
};
