import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../../model/create';
import { CONTAINER_SIZE, VOLUME_SIZE } from '../canvas/layout';
import { addItem, occupiedBoxes } from './addItem';
import { COLUMNS, cellPosition, freeSpot } from './freeSpot';

describe('freeSpot', () => {
  it('takes the first cell of an empty pod', () => {
    expect(freeSpot([], CONTAINER_SIZE)).toEqual(cellPosition(0, 0));
  });

  it('skips cells that a box covers, even in part', () => {
    const boxes = [
      { position: cellPosition(0, 0), ...CONTAINER_SIZE },
      { position: { x: cellPosition(0, 1).x + 10, y: cellPosition(0, 1).y + 10 }, ...VOLUME_SIZE },
    ];
    expect(freeSpot(boxes, CONTAINER_SIZE)).toEqual(cellPosition(0, 2));
  });

  it('starts a new row when a row is full, and can start lower', () => {
    const row = Array.from({ length: COLUMNS }, (_, column) => ({
      position: cellPosition(0, column),
      ...CONTAINER_SIZE,
    }));
    expect(freeSpot(row, CONTAINER_SIZE)).toEqual(cellPosition(1, 0));
    expect(freeSpot([], VOLUME_SIZE, 2)).toEqual(cellPosition(2, 0));
  });
});

describe('addItem', () => {
  it('adds items where nothing is and keeps the others in place', () => {
    let design = emptyDesign();
    const first = addItem(design, { kind: 'container', role: 'main' });
    expect(first.added).toEqual({ kind: 'container', name: 'app' });
    design = first.design;
    const before = occupiedBoxes(design);
    const second = addItem(design, { kind: 'container', role: 'sidecar' });
    expect(second.added).toEqual({ kind: 'container', name: 'sidecar' });
    const after = occupiedBoxes(second.design);
    expect(after).toContainEqual(before[0]);
    expect(second.design.positions['container:sidecar']).toEqual(cellPosition(0, 1));
    const third = addItem(second.design, { kind: 'volume', type: 'emptyDir' });
    expect(third.added).toEqual({ kind: 'volume', name: 'data' });
    expect(third.design.positions['volume:data']).toEqual(cellPosition(1, 0));
  });

  it('uses the position it is given', () => {
    const { design } = addItem(
      emptyDesign(),
      { kind: 'container', role: 'init' },
      { x: 90, y: 91 },
    );
    expect(design.positions['container:init']).toEqual({ x: 90, y: 91 });
  });
});
