import { describe, expect, it } from 'vitest';
import { edgeGeometry } from './edgeGeometry';

const box = (x: number, y: number, width = 200, height = 72) => ({ x, y, width, height });
const overlap = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('edge paths and label places', () => {
  it('follows the route of the layout and puts the label where the layout kept room', () => {
    const nodes = new Map([
      ['a', box(0, 0)],
      ['b', box(400, 0)],
    ]);
    const [geometry] = edgeGeometry(nodes, [
      {
        id: 'e',
        source: 'a',
        target: 'b',
        label: '/data',
        route: {
          points: [
            { x: 200, y: 36 },
            { x: 400, y: 36 },
          ],
          label: { x: 260, y: 14 },
        },
      },
    ]).values();
    expect(geometry?.path).toBe('M 200,36 L 400,36');
    expect(geometry?.label).toMatchObject({ x: 260, y: 14 });
  });

  it('places labels of curves clear of nodes and of each other, or folds them', () => {
    const nodes = new Map([
      ['a', box(0, 0)],
      ['b', box(0, 100)],
      ['v', box(500, 50, 200, 44)],
      ['w', box(260, 60, 20, 20)],
    ]);
    const edges = [
      { id: '1', source: 'a', target: 'v', label: '/var/log/one' },
      { id: '2', source: 'b', target: 'v', label: '/var/log/two' },
    ];
    const result = edgeGeometry(nodes, edges);
    const labels = [...result.values()].flatMap((g) => (g.label ? [g.label] : []));
    expect(result.get('1')?.label).not.toBeNull();
    expect(result.get('2')?.label).not.toBeNull();
    for (const label of labels) {
      for (const node of nodes.values()) expect(overlap(label, node)).toBe(false);
    }
    expect(overlap(labels[0] ?? box(0, 0), labels[1] ?? box(0, 0))).toBe(false);
  });

  it('folds a label that has no free place into a marker on its edge', () => {
    const nodes = new Map([
      ['a', box(0, 0)],
      ['b', box(600, 0)],
      ['everything', box(-5000, -5000, 10000, 10000)],
    ]);
    const [geometry] = edgeGeometry(nodes, [
      { id: 'e', source: 'a', target: 'b', label: '/data' },
    ]).values();
    expect(geometry?.label).toBeNull();
    expect(geometry?.marker).toEqual({ x: 400, y: 36 });
  });
});
