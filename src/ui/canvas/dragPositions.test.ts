import type { NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { moveOptions, splitPositionChanges, withMovingPositions } from './dragPositions';
import type { StudioNode } from './flowTypes';
import { toFlow } from './toFlow';

describe('dragging on the canvas', () => {
  it('tells nodes still being dragged from nodes that have landed', () => {
    const changes: NodeChange<StudioNode>[] = [
      { id: 'container:app', type: 'position', position: { x: 10, y: 20 }, dragging: true },
      { id: 'container:web', type: 'position', position: { x: 30, y: 40 }, dragging: false },
      { id: 'container:web', type: 'select', selected: true },
      { id: 'container:db', type: 'position', dragging: false },
    ];
    expect(splitPositionChanges(changes)).toEqual({
      moving: { 'container:app': { x: 10, y: 20 } },
      landed: [{ id: 'container:web', position: { x: 30, y: 40 } }],
    });
  });

  it('lands a node on whole units, as the manifest writes positions', () => {
    const changes: NodeChange<StudioNode>[] = [
      { id: 'container:app', type: 'position', position: { x: 10.4, y: 20.6 }, dragging: true },
      { id: 'container:web', type: 'position', position: { x: 129.55, y: 255.26 } },
    ];
    expect(splitPositionChanges(changes)).toEqual({
      moving: { 'container:app': { x: 10.4, y: 20.6 } },
      landed: [{ id: 'container:web', position: { x: 130, y: 255 } }],
    });
  });

  it('draws a node being dragged where the pointer has it', () => {
    const { nodes } = toFlow(design({ containers: [container('app'), container('web')] }));
    const moved = withMovingPositions(nodes, { 'container:web': { x: 500, y: 300 } });
    expect(moved.find((n) => n.id === 'container:web')?.position).toEqual({ x: 500, y: 300 });
    expect(moved.find((n) => n.id === 'container:app')).toBe(
      nodes.find((n) => n.id === 'container:app'),
    );
    expect(withMovingPositions(nodes, {})).toBe(nodes);
  });
});

describe('moving nodes in the undo history', () => {
  it('closes the step of a drag when the node lands', () => {
    expect(moveOptions('drag', ['container:app'])).toEqual({ final: true, label: 'Move app' });
  });

  it('coalesces the arrow-key nudges of the same nodes into one open step', () => {
    const first = moveOptions('keys', ['container:app']);
    expect(first).toEqual({ coalesceKey: 'nudge:container:app', label: 'Nudge app' });
    expect(moveOptions('keys', ['container:app']).coalesceKey).toBe(first.coalesceKey);
    expect(moveOptions('keys', ['volume:data']).coalesceKey).not.toBe(first.coalesceKey);
    expect(moveOptions('keys', ['container:a', 'container:b']).coalesceKey).toBe(
      moveOptions('keys', ['container:b', 'container:a']).coalesceKey,
    );
  });
});
