import { describe, expect, it } from 'vitest';
import { centreOf, isInView } from './reveal';

const box = { x: 100, y: 50, width: 184, height: 72 };
const size = { width: 800, height: 600 };

describe('revealing a node', () => {
  it('leaves the view alone when the node is fully on screen', () => {
    expect(isInView(box, { x: 0, y: 0, zoom: 1 }, size)).toBe(true);
  });

  it('tells when a node is off screen or cut by an edge of the canvas', () => {
    expect(isInView(box, { x: -200, y: 0, zoom: 1 }, size)).toBe(false);
    expect(isInView(box, { x: 0, y: 0, zoom: 4 }, size)).toBe(false);
    expect(isInView({ ...box, x: 700 }, { x: 0, y: 0, zoom: 1 }, size)).toBe(false);
  });

  it('looks at the centre of the node', () => {
    expect(centreOf(box)).toEqual({ x: 192, y: 86 });
  });
});
