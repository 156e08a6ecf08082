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
 * The nodes, each carrying its size: the size it declares (the pod, which grows with its
 * contents), or else the size it was last measured at. React Flow takes a node object it has not
 * seen before as new and measures it again, with a second render of it and of its edges, unless
 * the object says its size: what React Flow's own change handlers do for a controlled flow. A
 * node whose drawn size does change is still measured again, as its element is still watched.
 */
export function withMeasuredSizes<
  N extends { id: string; width?: number; height?: number; measured?: Partial<MeasuredSize> },
>(nodes: readonly N[], sizes: ReadonlyMap<string, MeasuredSize>): N[] {
  return nodes.map((node) => {
    const size =
      node.width !== undefined && node.height !== undefined
        ? { width: node.width, height: node.height }
        : sizes.get(node.id);
    return size === undefined ? node : { ...node, measured: size };
  });
}
