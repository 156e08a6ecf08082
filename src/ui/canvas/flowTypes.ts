import type { Edge, Node } from '@xyflow/react';
import type { VolumeType, WorkloadKind } from '../../model/types';

/** How a container runs, as the canvas tells them apart. */
export type ContainerPlacement = 'main' | 'native-sidecar' | 'legacy-sidecar' | 'init';

export interface PodNodeData extends Record<string, unknown> {
  kind: WorkloadKind;
  name: string;
  empty: boolean;
}

export interface ContainerNodeData extends Record<string, unknown> {
  name: string;
  placement: ContainerPlacement;
  /** The text badge naming the placement. */
  badge: string;
  /** 1-based position in `initContainers`, for init containers and native sidecars. */
  initOrder?: number;
  image?: string;
  /** True for the container `kubectl logs` and `exec` pick without `-c`. */
  kubectlDefault?: boolean;
}

export interface VolumeNodeData extends Record<string, unknown> {
  name: string;
  type: VolumeType;
}

export type PodNode = Node<PodNodeData, 'pod'>;
export type ContainerNode = Node<ContainerNodeData, 'container'>;
export type VolumeNode = Node<VolumeNodeData, 'volume'>;
export type StudioNode = PodNode | ContainerNode | VolumeNode;

/** A container mounting a volume. */
export interface MountEdgeData extends Record<string, unknown> {
  kind: 'mount';
  mountPath: string;
  readOnly: boolean;
}

/** "from talks to to on localhost:port". */
export interface LinkEdgeData extends Record<string, unknown> {
  kind: 'link';
  port: number;
}

/** An edge of the canvas: a mount (container → volume) or a port link (container → container). */
export type StudioEdge = Edge<MountEdgeData | LinkEdgeData>;

/** The handles of the nodes, by id: where edges start and end, and where a drag can connect. */
export const HANDLES = {
  /** The dot at the bottom of a container: drag from it to connect; mounts start here. */
  connect: 'connect',
  /** The top of a container, where its port links start. */
  linkOut: 'link-out',
  /** The top of a container, where the port links to it end. */
  linkIn: 'link-in',
  /** The whole node, as the end of a connection; mount edges end at its top. */
  in: 'in',
} as const;

export interface Flow {
  nodes: StudioNode[];
  edges: StudioEdge[];
}
