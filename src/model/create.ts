import { addContainer } from './ops/containers';
import { connectMount } from './ops/mounts';
import { setContainerPurpose } from './ops/roles';
import { addVolume } from './ops/volumes';
import { setWorkloadKind } from './ops/workloadKind';
import { DEFAULT_TARGET, type Design, type WorkloadKind } from './types';

/**
 * A design with no containers and no volumes: a Pod named "my-pod", or for another kind a
 * workload named after it ("my-deployment", "my-cronjob", ...), targeting Kubernetes 1.33 with
 * native sidecars.
 */
export function emptyDesign(kind: WorkloadKind = 'Pod'): Design {
  const pod: Design = {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: { name: `my-${kind.toLowerCase()}` },
    controller: {},
    templateMetadata: {},
    podSpec: {},
    rest: {},
    containers: [],
    volumes: [],
    links: [],
    positions: {},
    target: DEFAULT_TARGET,
    sidecarMode: 'native',
  };
  return setWorkloadKind(pod, kind);
}

/**
 * The design a new user starts from: a Deployment "web" whose main container "app" (nginx)
 * writes logs to a shared emptyDir "logs" at /var/log/app, which a native log-shipper sidecar
 * (Fluent Bit) reads.
 */
export function starterDesign(): Design {
  let design = setWorkloadKind({ ...emptyDesign('Pod'), metadata: { name: 'web' } }, 'Deployment');
  design = addVolume(design, 'emptyDir', { name: 'logs', position: { x: 240, y: 320 } });
  design = addContainer(design, 'main', {
    name: 'app',
    image: 'nginx:1.27',
    position: { x: 80, y: 120 },
  });
  design = addContainer(design, 'sidecar', {
    name: 'log-shipper',
    image: 'fluent/fluent-bit:3.1',
    position: { x: 400, y: 120 },
  });
  design = setContainerPurpose(design, 'log-shipper', 'log-shipper');
  design = connectMount(design, 'app', { volume: 'logs', mountPath: '/var/log/app' });
  return connectMount(design, 'log-shipper', {
    volume: 'logs',
    mountPath: '/var/log/app',
    readOnly: true,
  });
}
