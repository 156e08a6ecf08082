import type { NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { StudioNode } from './flowTypes';
import { type MeasuredSize, recordMeasuredSizes, withMeasuredSizes } from './measuredSizes';

describe('recordMeasuredSizes', () => {
  it('keeps the size of each measured node and nothing from other changes', () => {
    const sizes = new Map<string, MeasuredSize>([['volume:data', { width: 1, height: 1 }]]);
    const changes: NodeChange<StudioNode>[] = [
      { type: 'dimensions', id: 'container:app', dimensions: { width: 200, height: 72 } },
      { type: 'dimensions', id: 'container:proxy', resizing: true },
      { type: 'select', id: 'container:log', selected: true },
      { type: 'position', id: 'volume:data', position: { x: 5, y: 5 } },
      { type: 'dimensions', id: 'pod', dimensions: { width: 640, height: 300 } },
    ];
    recordMeasuredSizes(sizes, changes);
    expect(Object.fromEntries(sizes)).toEqual({
      'volume:data': { width: 1, height: 1 },
      'container:app': { width: 200, height: 72 },
      pod: { width: 640, height: 300 },
    });
  });

  it('takes the latest size of a node measured again', () => {
    const sizes = new Map<string, MeasuredSize>();
    recordMeasuredSizes(sizes, [
      { type: 'dimensions', id: 'pod', dimensions: { width: 640, height: 300 } },
    ]);
    recordMeasuredSizes(sizes, [
      { type: 'dimensions', id: 'pod', dimensions: { width: 700, height: 320 } },
    ]);
    expect(sizes.get('pod')).toEqual({ width: 700, height: 320 });
  });
});

describe('withMeasuredSizes', () => {
  it('gives each node its measured size and leaves nodes never measured as they are', () => {
    const measured = { id: 'container:app', position: { x: 0, y: 0 } };
    const fresh = { id: 'container:new', position: { x: 10, y: 0 } };
    const sizes = new Map([['container:app', { width: 200, height: 72 }]]);
    const [withSize, unchanged] = withMeasuredSizes([measured, fresh], sizes);
    expect(withSize).toEqual({ ...measured, measured: { width: 200, height: 72 } });
    expect(measured).not.toHaveProperty('measured');
    expect(unchanged).toBe(fresh);
  });

  it('gives a node that declares its size that size, not an older measurement', () => {
    const grownPod = { id: 'pod', position: { x: 0, y: 0 }, width: 700, height: 320 };
    const sizes = new Map([['pod', { width: 640, height: 300 }]]);
    expect(withMeasuredSizes([grownPod], sizes)).toEqual([
      { ...grownPod, measured: { width: 700, height: 320 } },
    ]);
  });
});
