import { POD_ORIGIN } from '../../layout/sizes';
import type { Position } from '../../model/types';
import type { Box } from '../palette/freeSpot';

const MARGIN = 12;
const STEP = 12;
const MAX_RINGS = 200;

function clear(boxes: readonly Box[], at: Position, size: { width: number; height: number }) {
  return !boxes.some(
    (box) =>
      at.x < box.position.x + box.width + MARGIN &&
      box.position.x < at.x + size.width + MARGIN &&
      at.y < box.position.y + box.height + MARGIN &&
      box.position.y < at.y + size.height + MARGIN,
  );
}

/**
 * Where a dropped box of `size` lands: where the person dropped it if that place is free, else the
 * nearest free place around it (searching outwards ring by ring), never above or left of the
 * pod's first slot.
 */
export function dropSpot(
  boxes: readonly Box[],
  wanted: Position,
  size: { width: number; height: number },
): Position {
  const start = {
    x: Math.round(Math.max(POD_ORIGIN.x, wanted.x)),
    y: Math.round(Math.max(POD_ORIGIN.y, wanted.y)),
  };
  if (clear(boxes, start, size)) return start;
  for (let ring = 1; ring <= MAX_RINGS; ring += 1) {
    let best: Position | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let dx = -ring; dx <= ring; dx += 1) {
      for (let dy = -ring; dy <= ring; dy += 1) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const at = { x: start.x + dx * STEP, y: start.y + dy * STEP };
        if (at.x < POD_ORIGIN.x || at.y < POD_ORIGIN.y || !clear(boxes, at, size)) continue;
        const distance = Math.hypot(dx, dy);
        if (distance < bestDistance) {
          best = at;
          bestDistance = distance;
        }
      }
    }
    if (best) return best;
  }
  const bottom = Math.max(...boxes.map((b) => b.position.y + b.height), POD_ORIGIN.y);
  return { x: start.x, y: bottom + MARGIN * 2 };
}
