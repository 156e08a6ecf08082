import { describe, expect, it } from 'vitest';
import { fitViewport, LEGIBLE_ZOOM } from './fitDiagram';

describe('fitting the view to the pod', () => {
  it('centres a pod that fits, never above 125%', () => {
    const view = fitViewport(
      { x: 0, y: 0, width: 400, height: 200 },
      { width: 800, height: 600 },
      2,
    );
    expect(view.zoom).toBe(1.25);
    expect(view.x).toBeCloseTo(56 + (800 - 76 - 500) / 2);
    expect(view.y).toBeCloseTo((600 - 250) / 2);
  });

  it('never zooms a pod of up to 16 nodes below legible names', () => {
    const view = fitViewport(
      { x: 0, y: 0, width: 3000, height: 3000 },
      { width: 600, height: 500 },
      16,
    );
    expect(view.zoom).toBe(LEGIBLE_ZOOM);
    expect(view.x).toBe(4);
    expect(view.y).toBe(20);
  });

  it('fits a larger pod by its width and starts at its top', () => {
    const view = fitViewport(
      { x: 0, y: 0, width: 1048, height: 3000 },
      { width: 600, height: 500 },
      30,
    );
    expect(view.zoom).toBeCloseTo(0.5);
    expect(view.y).toBe(20);
  });
});
