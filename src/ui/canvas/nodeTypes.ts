import type { NodeTypes } from '@xyflow/react';
import { ContainerNodeView } from './ContainerNodeView';
import { PodNodeView } from './PodNodeView';
import { VolumeNodeView } from './VolumeNodeView';

/** The node components of the canvas, by node type (defined once, outside render). */
export const nodeTypes: NodeTypes = {
  pod: PodNodeView,
  container: ContainerNodeView,
  volume: VolumeNodeView,
};
