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
}

export interface VolumeNodeData extends Record<string, unknown> {
  name: string;
  type: VolumeType;
}

export type PodNode = Node<PodNodeData, 'pod'>;
export type ContainerNode = Node<ContainerNodeData, 'container'>;
export type VolumeNode = Node<VolumeNodeData, 'volume'>;
export type StudioNode = PodNode | ContainerNode | VolumeNode;

export interface MountEdgeData extends Record<string, unknown> {
  mountPath: string;
  readOnly: boolean;
}
export type MountEdge = Edge<MountEdgeData>;

export interface Flow {
  nodes: StudioNode[];
  edges: MountEdge[];
}
