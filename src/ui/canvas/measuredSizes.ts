import type { NodeChange } from '@xyflow/react';
import type { StudioNode } from './flowTypes';

/** A node's size as React Flow last measured it on the page. */
export interface MeasuredSize {
  width: number;
  height: number;
}

/** The sizes React Flow reported in `changes`, written into `sizes` (by node id). */
export function recordMeasuredSizes(
  sizes: Map<string, MeasuredSize>,
  changes: readonly NodeChange<StudioNode>[],
): void {
  for (const change of changes) {
    if (change.type !== 'dimensions' || change.dimensions === undefined) continue;
    sizes.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
  }
}

/**
 * The nodes, each carrying the size it was last measured at. React Flow takes a node object it
 * has not seen before as new and measures it again, with a second render of it and of its edges,
 * unless the object says its size: what React Flow's own change handlers do for a controlled
 * flow. A node whose size did change is still measured again, as its element is still watched.
 */
export function withMeasuredSizes<N extends { id: string; measured?: Partial<MeasuredSize> }>(
  nodes: readonly N[],
  sizes: ReadonlyMap<string, MeasuredSize>,
): N[] {
  return nodes.map((node) => {
    const size = sizes.get(node.id);
    return size === undefined ? node : { ...node, measured: size };
  });
}
