import type { JsonObject } from './json';

/**
 * The design model. A Design is one workload with one pod template; it is plain, immutable,
 * JSON-serialisable data. Everything Kubernetes-shaped that the model does not edit is kept in
 * `raw` objects and written back unchanged.
 *
 * Raw objects keep the keys the model owns as `null` placeholders, so that generation can write
 * the modelled value back at its original position (key order survives a round trip). A
 * placeholder's value means nothing: always read the modelled field.
 *
 * Identity: containers are identified by their name and volumes by theirs (both are unique
 * within a design); ops that rename cascade to mounts and links. A manifest may repeat a name,
 * which the API server refuses: the import keeps such an entry under a unique internal name and
 * remembers the name as written in `declaredName`, so that the design can still be drawn, edited,
 * saved and shared while lint reports the duplicate and export writes the file back as it was.
 */

/** The workload kinds the designer models (sidecar-rules.md §0.1). */
export const WORKLOAD_KINDS = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export type SidecarMode = 'native' | 'legacy';

/**
 * `main`: an entry of `containers`. `init`: a regular init container. `sidecar`: a native sidecar
 * (an `initContainers` entry with `restartPolicy: Always`) or, in legacy placement, an extra entry
 * of `containers` that the designer knows to be a sidecar.
 */
export type ContainerRole = 'main' | 'sidecar' | 'init';
export const CONTAINER_ROLES: readonly ContainerRole[] = ['main', 'sidecar', 'init'];

export type SidecarPurpose = 'proxy' | 'log-shipper' | 'config-reloader' | 'other';
export const SIDECAR_PURPOSES: readonly SidecarPurpose[] = [
  'proxy',
  'log-shipper',
  'config-reloader',
  'other',
];

/** A volume mount of one container. */
export interface Mount {
  /** Name of a pod volume or of a StatefulSet volumeClaimTemplate. */
  volume: string;
  mountPath: string;
  readOnly?: boolean;
  subPath?: string;
  /** The mount object as read (mountPropagation, subPathExpr, ...), with placeholders. */
  raw: JsonObject;
}

export interface Container {
  /** The container's identity in the design (unique). */
  name: string;
  /**
   * The name as written in the manifest, when it repeats another container's name there; `name`
   * is then a unique stand-in. Export writes this one; renaming the container drops it.
   */
  declaredName?: string;
  role: ContainerRole;
  /** For sidecars only: a placement that differs from the design's sidecar mode. */
  mode?: SidecarMode;
  purpose?: SidecarPurpose;
  /** True when role or purpose was guessed on import (sidecar-rules.md §8.0) and not confirmed. */
  guessed?: boolean;
  /** Why the guess was made, in a sentence for a person ("its image is envoyproxy/envoy"). */
  guessReason?: string;
  mounts: Mount[];
  /**
   * The Kubernetes container object with placeholders for `name`, `volumeMounts` and, for
   * sidecars, `restartPolicy`. Image, command, ports, probes, ... live here.
   */
  raw: JsonObject;
}

/** The volume types the designer distinguishes (DESIGN.md §3). */
export const VOLUME_TYPES = [
  'emptyDir',
  'configMap',
  'secret',
  'persistentVolumeClaim',
  'hostPath',
  'projected',
  'downwardAPI',
  'volumeClaimTemplate',
  'unspecified',
  'other',
] as const;
export type VolumeType = (typeof VOLUME_TYPES)[number];

/** The source key written for each type in `spec.volumes[]`. */
export type VolumeSourceType = Exclude<VolumeType, 'volumeClaimTemplate' | 'unspecified' | 'other'>;

export interface Volume {
  /** The volume's identity in the design (unique among pod volumes). */
  name: string;
  /** The name as written, when it repeats another pod volume's name (see Container). */
  declaredName?: string;
  /**
   * `volumeClaimTemplate`: an entry of a StatefulSet's `volumeClaimTemplates` (raw is the whole
   * PersistentVolumeClaim, with a placeholder for `metadata.name`). `unspecified`: an entry with
   * no source (`- name: x`). `other`: any source the model does not distinguish (csi, nfs, ...).
   */
  type: VolumeType;
  /** The volume object as read, with a placeholder for `name`; its source key stays in it. */
  raw: JsonObject;
}

/** "from talks to to on localhost:port": a design concept, not an API field. */
export interface PortLink {
  from: string;
  to: string;
  port: number;
}

export interface Position {
  x: number;
  y: number;
}

/** A Kubernetes minor version such as "1.31". */
export type KubernetesVersion = `${number}.${number}`;
export const DEFAULT_TARGET: KubernetesVersion = '1.33';

export interface Design {
  kind: WorkloadKind;
  apiVersion: string;
  /** The workload's metadata (name, labels, ...), with a placeholder for nothing: fully raw. */
  metadata: JsonObject;
  /**
   * Controller fields: the workload's `spec` without the pod template. For CronJob it holds the
   * CronJob spec with `jobTemplate` (whose `spec` holds the Job fields). Placeholders mark where
   * `template` (and, for StatefulSets, `volumeClaimTemplates`) go. Empty for a Pod.
   */
  controller: JsonObject;
  /** The pod template's metadata; for a Pod the Pod's own metadata is `metadata` and this is {}. */
  templateMetadata: JsonObject;
  /** The pod spec with placeholders for `containers`, `initContainers` and `volumes`. */
  podSpec: JsonObject;
  /** Top-level keys other than apiVersion, kind, metadata and spec (`status`, ...). */
  rest: JsonObject;
  /**
   * All containers in declaration order: `containers` entries first, then `initContainers`.
   * Generation keeps the relative order within each list, so switching a sidecar between
   * native and legacy placement and back restores it to the same place.
   */
  containers: Container[];
  /** Pod volumes in `spec.volumes` order, then StatefulSet volumeClaimTemplates. */
  volumes: Volume[];
  links: PortLink[];
  /** Canvas positions of containers and volumes by `container:NAME` / `volume:NAME`. */
  positions: Record<string, Position>;
  target: KubernetesVersion;
  sidecarMode: SidecarMode;
}
