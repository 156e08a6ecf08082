import type { Position } from '../../model/types';

/** Sizes and spacing of the canvas, in flow units. */
export const CONTAINER_SIZE = { width: 184, height: 72 };
export const VOLUME_SIZE = { width: 160, height: 52 };
export const POD_PADDING = 24;
export const POD_HEADER = 44;
export const GAP = { x: 32, y: 40 };
export const EMPTY_POD_SIZE = { width: 440, height: 220 };
export const MIN_POD_SIZE = { width: 320, height: 160 };

/** The position of the `index`-th node of the `row`-th row, inside the pod. */
export function gridPosition(row: number, index: number, width: number): Position {
  return {
    x: POD_PADDING + index * (width + GAP.x),
    y: POD_HEADER + POD_PADDING / 2 + row * (CONTAINER_SIZE.height + GAP.y),
  };
}

/** The pod's size: big enough for every child box, plus padding. */
export function podSize(
  boxes: ReadonlyArray<{ position: Position; width: number; height: number }>,
): { width: number; height: number } {
  if (boxes.length === 0) return EMPTY_POD_SIZE;
  let right = 0;
  let bottom = 0;
  for (const box of boxes) {
    right = Math.max(right, box.position.x + box.width);
    bottom = Math.max(bottom, box.position.y + box.height);
  }
  return {
    width: Math.max(MIN_POD_SIZE.width, right + POD_PADDING),
    height: Math.max(MIN_POD_SIZE.height, bottom + POD_PADDING),
  };
}
