import type { Viewport, XYPosition } from '@xyflow/react';
import type { StudioNode } from './flowTypes';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a node is on the canvas, in flow units (the pod's corner is the origin). */
export function boxOf(node: StudioNode): Box {
  return {
    x: node.position.x,
    y: node.position.y,
    width: node.width ?? 0,
    height: node.height ?? 0,
  };
}

/** True when the whole box is on screen in a canvas of `size` pixels showing `viewport`. */
export function isInView(box: Box, viewport: Viewport, size: { width: number; height: number }) {
  const left = box.x * viewport.zoom + viewport.x;
  const top = box.y * viewport.zoom + viewport.y;
  const right = left + box.width * viewport.zoom;
  const bottom = top + box.height * viewport.zoom;
  return left >= 0 && top >= 0 && right <= size.width && bottom <= size.height;
}

/** The centre of a box, where the canvas looks to reveal it. */
export function centreOf(box: Box): XYPosition {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
