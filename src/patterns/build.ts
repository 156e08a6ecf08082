import { emptyDesign } from '../model/create';
import type { JsonObject } from '../model/json';
import {
  addContainer,
  addPortLink,
  addVolume,
  connectMount,
  type MountRequest,
  type SpecPatch,
  setContainerPurpose,
  setSidecarMode,
  setTarget,
  setWorkloadKind,
  updateContainerSpec,
} from '../model/ops';
import type {
  ContainerRole,
  Design,
  KubernetesVersion,
  PortLink,
  Position,
  SidecarMode,
  SidecarPurpose,
  VolumeType,
  WorkloadKind,
} from '../model/types';

/** One container of a plan, added in plan order (which is the declaration order). */
export interface ContainerPlan {
  name: string;
  role: ContainerRole;
  image: string;
  /** For sidecars: what the sidecar is for. */
  purpose?: SidecarPurpose;
  /** Kubernetes container fields: command, args, env, ports, resources, probes, lifecycle, ... */
  spec?: SpecPatch;
  mounts?: readonly MountRequest[];
  at: Position;
}

/** One volume of a plan. */
export interface VolumePlan {
  name: string;
  type: VolumeType;
  /** The volume source (`{ name: 'app-config' }` for a configMap, ...); a default when absent. */
  source?: JsonObject;
  at: Position;
}

/** Everything needed to build a design with the model's operations. */
export interface DesignPlan {
  kind: WorkloadKind;
  name: string;
  target?: KubernetesVersion;
  sidecarMode?: SidecarMode;
  /** Extra pod spec fields, such as `terminationGracePeriodSeconds` or `serviceAccountName`. */
  podSpec?: JsonObject;
  /** Extra controller fields, such as a Job's `backoffLimit`. */
  controller?: JsonObject;
  /** Pod annotations (on the Pod, or on the pod template of a controller). */
  annotations?: Record<string, string>;
  volumes: readonly VolumePlan[];
  containers: readonly ContainerPlan[];
  /** "from talks to to on localhost:port". */
  links?: readonly PortLink[];
}

function withPodFields(design: Design, plan: DesignPlan): Design {
  const field = design.kind === 'Pod' ? 'metadata' : 'templateMetadata';
  const metadata: JsonObject = plan.annotations
    ? { ...design[field], annotations: { ...plan.annotations } }
    : design[field];
  return {
    ...design,
    [field]: metadata,
    podSpec: { ...design.podSpec, ...(plan.podSpec ?? {}) },
    controller: { ...design.controller, ...(plan.controller ?? {}) },
  };
}

function withContainer(design: Design, plan: ContainerPlan): Design {
  let next = addContainer(design, plan.role, {
    name: plan.name,
    image: plan.image,
    position: plan.at,
  });
  if (plan.purpose) next = setContainerPurpose(next, plan.name, plan.purpose);
  if (plan.spec) next = updateContainerSpec(next, plan.name, plan.spec);
  for (const mount of plan.mounts ?? []) next = connectMount(next, plan.name, mount);
  return next;
}

/**
 * Builds a design from a plan with the model's operations, so that every pattern is a design a
 * person could have made on the canvas: workload kind, target version, sidecar mode, volumes,
 * containers with their fields and mounts, then port links.
 */
export function buildDesign(plan: DesignPlan): Design {
  let design = setWorkloadKind({ ...emptyDesign('Pod'), metadata: { name: plan.name } }, plan.kind);
  design = setTarget(design, plan.target ?? '1.33');
  design = setSidecarMode(design, plan.sidecarMode ?? 'native');
  design = withPodFields(design, plan);
  for (const volume of plan.volumes) {
    const init = volume.source ? { source: volume.source } : {};
    design = addVolume(design, volume.type, { name: volume.name, position: volume.at, ...init });
  }
  for (const container of plan.containers) design = withContainer(design, container);
  for (const link of plan.links ?? []) design = addPortLink(design, link.from, link.to, link.port);
  return design;
}

/** Container resources: requests of cpu and memory, and a memory limit. */
export function resources(cpu: string, memory: string, memoryLimit: string): JsonObject {
  return { requests: { cpu, memory }, limits: { memory: memoryLimit } };
}

/** An HTTP GET probe on a port (number or name) and path. */
export function httpProbe(port: number | string, path: string, extra: JsonObject = {}): JsonObject {
  return { httpGet: { path, port }, ...extra };
}

/** A TCP probe on a port (number or name). */
export function tcpProbe(port: number | string, extra: JsonObject = {}): JsonObject {
  return { tcpSocket: { port }, ...extra };
}
