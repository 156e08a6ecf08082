import type { Viewport } from '@xyflow/react';
import { NAME_FONT_SIZE } from './layout';
import type { Box } from './reveal';

/** Pods up to this many containers and volumes are never zoomed below legible names. */
export const LEGIBLE_NODE_LIMIT = 16;
/** The smallest zoom at which a container's name is drawn 10 px tall. */
export const LEGIBLE_ZOOM = 10 / NAME_FONT_SIZE;
const MARGIN = 20;
/** The zoom buttons sit at the bottom left of the canvas: the diagram keeps clear of them. */
const LEFT_MARGIN = 56;
const MAX_ZOOM = 1.25;

/**
 * The view that shows `bounds` in a canvas of `size` pixels: the whole diagram, centred, as large
 * as fits up to a little above natural size. A pod of up to 16 nodes is never zoomed so far out
 * that names drop below 10 px; a larger pod fits by width and scrolls from its top.
 */
export function fitViewport(
  bounds: Box,
  size: { width: number; height: number },
  nodeCount: number,
): Viewport {
  const room = { width: size.width - LEFT_MARGIN - MARGIN, height: size.height - 2 * MARGIN };
  const byWidth = room.width / Math.max(1, bounds.width);
  const byHeight = room.height / Math.max(1, bounds.height);
  let zoom = Math.min(MAX_ZOOM, byWidth, byHeight);
  if (nodeCount <= LEGIBLE_NODE_LIMIT) zoom = Math.max(zoom, LEGIBLE_ZOOM);
  else zoom = Math.min(MAX_ZOOM, byWidth);
  const width = bounds.width * zoom;
  const height = bounds.height * zoom;
  // Too wide for the margins: centred, using the room beside the zoom buttons too.
  const x =
    width <= room.width
      ? LEFT_MARGIN + (room.width - width) / 2
      : Math.max(4, (size.width - width) / 2);
  const y = height <= room.height ? (size.height - height) / 2 : MARGIN;
  return { x: x - bounds.x * zoom, y: y - bounds.y * zoom, zoom };
}
