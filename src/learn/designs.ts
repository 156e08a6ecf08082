import type { Design, KubernetesVersion, SidecarMode } from '../model/types';
import type { ContainerPlan } from '../patterns/build';
import { buildDesign, resources, tcpProbe } from '../patterns/build';

/** The log shipper of the Kubernetes documentation's sidecar examples. */
function logShipper(x: number): ContainerPlan {
  return {
    name: 'logshipper',
    role: 'sidecar',
    purpose: 'log-shipper',
    image: 'alpine:3.20',
    spec: {
      command: ['sh', '-c', 'tail -F /opt/logs.txt'],
      resources: resources('10m', '16Mi', '32Mi'),
    },
    mounts: [{ volume: 'data', mountPath: '/opt', readOnly: true }],
    at: { x, y: 80 },
  };
}

/**
 * The Job of the Kubernetes documentation ("Jobs with sidecar containers"): `myjob` writes a log
 * line into a shared emptyDir and exits; `logshipper` tails it.
 */
export function logShipperJob(mode: SidecarMode, target: KubernetesVersion = '1.31'): Design {
  return buildDesign({
    kind: 'Job',
    name: 'myjob',
    target,
    sidecarMode: mode,
    volumes: [{ name: 'data', type: 'emptyDir', at: { x: 240, y: 520 } }],
    containers: [
      {
        name: 'myjob',
        role: 'main',
        image: 'alpine:3.20',
        spec: {
          command: ['sh', '-c', 'echo logging > /opt/logs.txt'],
          resources: resources('50m', '32Mi', '64Mi'),
        },
        mounts: [{ volume: 'data', mountPath: '/opt' }],
        at: { x: 80, y: 300 },
      },
      logShipper(400),
    ],
  });
}

/** An Envoy proxy with its listener on 15001 and, when asked, a startupProbe on it. */
export function envoy(name: string, x: number, startupProbe: boolean): ContainerPlan {
  return {
    name,
    role: 'sidecar',
    purpose: 'proxy',
    image: 'envoyproxy/envoy:v1.31.2',
    spec: {
      ports: [{ name: 'proxy', containerPort: 15001 }],
      resources: resources('100m', '64Mi', '256Mi'),
      ...(startupProbe ? { startupProbe: tcpProbe(15001, { periodSeconds: 1 }) } : {}),
    },
    at: { x, y: 80 },
  };
}

/** The web shop's app, serving on 8080; with a preStop sleep when asked. */
export function shopApp(x: number, preStopSleep?: number): ContainerPlan {
  return {
    name: 'app',
    role: 'main',
    image: 'ghcr.io/example/shop:1.8.0',
    spec: {
      ports: [{ name: 'http', containerPort: 8080 }],
      resources: resources('100m', '128Mi', '256Mi'),
      readinessProbe: tcpProbe('http', { periodSeconds: 5 }),
      ...(preStopSleep ? { lifecycle: { preStop: { sleep: { seconds: preStopSleep } } } } : {}),
    },
    at: { x, y: 300 },
  };
}

/** The web shop's background worker: a second main container. */
export function shopWorker(x: number): ContainerPlan {
  return {
    name: 'worker',
    role: 'main',
    image: 'ghcr.io/example/shop-worker:1.8.0',
    spec: { resources: resources('100m', '128Mi', '256Mi') },
    at: { x, y: 300 },
  };
}

/** A Fluent Bit log shipper reading the app's log volume. */
export function fluentBit(name: string, x: number): ContainerPlan {
  return {
    name,
    role: 'sidecar',
    purpose: 'log-shipper',
    image: 'fluent/fluent-bit:3.1.9',
    spec: { resources: resources('50m', '64Mi', '128Mi') },
    mounts: [{ volume: 'logs', mountPath: '/var/log/app', readOnly: true }],
    at: { x, y: 80 },
  };
}
