import type { NodeChange, XYPosition } from '@xyflow/react';
import type { StudioNode } from './flowTypes';

/** Where nodes are while a person drags them, by node id; not yet part of the design. */
export type MovingPositions = Readonly<Record<string, XYPosition>>;

/**
 * The position changes of a batch: those still being dragged, and those that have landed. A node
 * lands on whole units, as the manifest's design annotation writes it, so that the diagram does
 * not shift when the manifest is edited and read back.
 */
export function splitPositionChanges(changes: NodeChange<StudioNode>[]): {
  moving: Record<string, XYPosition>;
  landed: Array<{ id: string; position: XYPosition }>;
} {
  const moving: Record<string, XYPosition> = {};
  const landed: Array<{ id: string; position: XYPosition }> = [];
  for (const change of changes) {
    if (change.type !== 'position' || !change.position) continue;
    if (change.dragging) moving[change.id] = change.position;
    else {
      const { x, y } = change.position;
      landed.push({ id: change.id, position: { x: Math.round(x), y: Math.round(y) } });
    }
  }
  return { moving, landed };
}

/** The nodes, with those being dragged drawn where the pointer has them. */
export function withMovingPositions(nodes: StudioNode[], moving: MovingPositions): StudioNode[] {
  if (Object.keys(moving).length === 0) return nodes;
  return nodes.map((node) => {
    const position = moving[node.id];
    return position ? { ...node, position } : node;
  });
}

/** How nodes were moved: dragged with the pointer, or nudged with the arrow keys. */
export type MoveSource = 'drag' | 'keys';

/**
 * How moving nodes enters the undo history: a drag is one step of its own; the arrow-key nudges
 * of the same nodes coalesce into one step, which stays open until the nudging pauses.
 */
export function moveOptions(
  source: MoveSource,
  ids: readonly string[],
): { coalesceKey?: string; final?: boolean; label: string } {
  const names = ids.map((id) => id.slice(id.indexOf(':') + 1)).join(', ');
  if (source === 'drag') return { final: true, label: `Move ${names}` };
  return { coalesceKey: `nudge:${[...ids].sort().join(',')}`, label: `Nudge ${names}` };
}
