import { describe, expect, it } from 'vitest';
import { POD_ORIGIN } from '../../layout/sizes';
import { dropSpot } from './dropSpot';

const size = { width: 200, height: 72 };

describe('where a dropped node lands', () => {
  it('lands where it was dropped when that place is free', () => {
    expect(dropSpot([], { x: 300.4, y: 200.6 }, size)).toEqual({ x: 300, y: 201 });
  });

  it('never lands above or left of the pod’s first slot', () => {
    expect(dropSpot([], { x: -50, y: 0 }, size)).toEqual(POD_ORIGIN);
  });

  it('moves to the nearest free place when dropped on another node', () => {
    const taken = { position: { x: 300, y: 200 }, ...size };
    const spot = dropSpot([taken], { x: 310, y: 210 }, size);
    const clear =
      spot.x >= 300 + 200 + 12 ||
      spot.x + 200 + 12 <= 300 ||
      spot.y >= 200 + 72 + 12 ||
      spot.y + 72 + 12 <= 200;
    expect(clear).toBe(true);
    expect(Math.hypot(spot.x - 310, spot.y - 210)).toBeLessThan(120);
  });
});
