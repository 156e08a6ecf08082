import type { JsonObject } from '../model/json';
import type {
  Container,
  ContainerRole,
  Design,
  KubernetesVersion,
  Mount,
  PortLink,
  SidecarMode,
  SidecarPurpose,
  Volume,
  VolumeType,
  WorkloadKind,
} from '../model/types';

/**
 * Test-only builders for designs. They write raw objects the way the parser would (without
 * placeholders), which generation accepts as well.
 */
export interface ContainerInit {
  role?: ContainerRole;
  image?: string;
  mode?: SidecarMode;
  purpose?: SidecarPurpose;
  mounts?: Array<Partial<Mount> & { volume: string; mountPath: string }>;
  /** Extra Kubernetes container fields (ports, probes, lifecycle, resources, ...). */
  spec?: JsonObject;
}

export function container(name: string, init: ContainerInit = {}): Container {
  const result: Container = {
    name,
    role: init.role ?? 'main',
    mounts: (init.mounts ?? []).map((m) => ({ raw: {}, ...m })),
    raw: { image: init.image ?? 'busybox:1.36', ...(init.spec ?? {}) },
  };
  if (init.mode) result.mode = init.mode;
  if (init.purpose) result.purpose = init.purpose;
  return result;
}

export function volume(
  name: string,
  type: VolumeType = 'emptyDir',
  source: JsonObject = {},
): Volume {
  const raw: JsonObject = {};
  if (type !== 'unspecified' && type !== 'other' && type !== 'volumeClaimTemplate') {
    raw[type] = source;
  } else if (type === 'volumeClaimTemplate') {
    Object.assign(raw, {
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    });
  } else {
    Object.assign(raw, source);
  }
  return { name, type, raw };
}

export interface DesignInit {
  kind?: WorkloadKind;
  name?: string;
  target?: KubernetesVersion;
  sidecarMode?: SidecarMode;
  containers?: Container[];
  volumes?: Volume[];
  links?: PortLink[];
  podSpec?: JsonObject;
  controller?: JsonObject;
}

/** A design with sensible defaults: a Pod named "demo", target 1.33, native sidecars. */
export function design(init: DesignInit = {}): Design {
  const kind = init.kind ?? 'Pod';
  const name = init.name ?? 'demo';
  const apiVersion =
    kind === 'Pod' ? 'v1' : kind === 'Job' || kind === 'CronJob' ? 'batch/v1' : 'apps/v1';
  const labels = { app: name };
  const controller: JsonObject = init.controller ?? controllerFor(kind, labels);
  return {
    kind,
    apiVersion,
    metadata: { name },
    controller,
    templateMetadata: kind === 'Pod' ? {} : { labels },
    podSpec:
      init.podSpec ?? (kind === 'Job' || kind === 'CronJob' ? { restartPolicy: 'Never' } : {}),
    rest: {},
    containers: init.containers ?? [container('app')],
    volumes: init.volumes ?? [],
    links: init.links ?? [],
    positions: {},
    target: init.target ?? '1.33',
    sidecarMode: init.sidecarMode ?? 'native',
  };
}

function controllerFor(kind: WorkloadKind, labels: Record<string, string>): JsonObject {
  switch (kind) {
    case 'Pod':
      return {};
    case 'Job':
      return {};
    case 'CronJob':
      return { schedule: '*/5 * * * *', jobTemplate: { spec: {} } };
    case 'DaemonSet':
      return { selector: { matchLabels: labels } };
    case 'StatefulSet':
      return { serviceName: 'demo', replicas: 1, selector: { matchLabels: labels } };
    default:
      return { replicas: 1, selector: { matchLabels: labels } };
  }
}
