import {
  CONTAINER_SIZE,
  EMPTY_POD_SIZE,
  MIN_POD_SIZE,
  POD_HEADER,
  POD_ORIGIN,
  POD_PADDING,
  VOLUME_SIZE,
} from '../../layout/sizes';
import type { Position } from '../../model/types';

export { CONTAINER_SIZE, POD_HEADER, POD_PADDING, VOLUME_SIZE };

/** The space between grid cells where the palette puts new items. */
export const GAP = { x: 32, y: 40 };

/** The size, in diagram units, of a container's name: the view never zooms it below 10 px. */
export const NAME_FONT_SIZE = 16;

/** The position of the `index`-th node of the `row`-th row, inside the pod. */
export function gridPosition(row: number, index: number, width: number): Position {
  return {
    x: POD_ORIGIN.x + index * (width + GAP.x),
    y: POD_ORIGIN.y + row * (CONTAINER_SIZE.height + GAP.y),
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
