import type { Position } from '../../model/types';
import { CONTAINER_SIZE, GAP, POD_HEADER, POD_PADDING } from '../canvas/layout';

/** A node's box inside the pod, in flow units. */
export interface Box {
  position: Position;
  width: number;
  height: number;
}

/** How many grid columns the palette fills before it starts a new row. */
export const COLUMNS = 3;

function overlaps(a: Box, b: Box, margin: number): boolean {
  return (
    a.position.x < b.position.x + b.width + margin &&
    b.position.x < a.position.x + a.width + margin &&
    a.position.y < b.position.y + b.height + margin &&
    b.position.y < a.position.y + a.height + margin
  );
}

/** The top-left corner of grid cell (`row`, `column`) inside the pod. */
export function cellPosition(row: number, column: number): Position {
  return {
    x: POD_PADDING + column * (CONTAINER_SIZE.width + GAP.x),
    y: POD_HEADER + POD_PADDING / 2 + row * (CONTAINER_SIZE.height + GAP.y),
  };
}

/**
 * The first grid cell, reading row by row from `startRow`, where a box of `size` touches none of
 * `boxes` (keeping half a gap between them).
 */
export function freeSpot(
  boxes: readonly Box[],
  size: { width: number; height: number },
  startRow = 0,
): Position {
  const margin = GAP.x / 2;
  for (let row = startRow; ; row += 1) {
    for (let column = 0; column < COLUMNS; column += 1) {
      const position = cellPosition(row, column);
      const candidate: Box = { position, ...size };
      if (!boxes.some((box) => overlaps(candidate, box, margin))) return position;
    }
  }
}
