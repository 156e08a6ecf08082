import type { Position } from './types';

/**
 * The farthest a node may sit from the pod's corner, in canvas pixels, on either axis: room for
 * hundreds of containers side by side, yet small enough that a crafted position (in a design
 * annotation, a share link or saved state) can never make the pod millions of pixels wide.
 */
export const MAX_COORDINATE = 20_000;

function clamp(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(MAX_COORDINATE, Math.max(-MAX_COORDINATE, value));
}

/** `position` moved inside the canvas bounds; a coordinate that is not a finite number becomes 0. */
export function clampPosition(position: Position): Position {
  return { x: clamp(position.x), y: clamp(position.y) };
}
