import { describe, expect, it } from 'vitest';
import {
  appendRow,
  initialRows,
  moveRow,
  moveRowTo,
  removeRow,
  rowsToSteps,
  setTogether,
  stepNumbers,
} from './orderRows';

describe('arranging an order', () => {
  const rows = initialRows(['a', 'b', 'c']);

  it('starts with one step per container', () => {
    expect(rowsToSteps(rows)).toEqual([['a'], ['b'], ['c']]);
    expect(stepNumbers(rows)).toEqual([1, 2, 3]);
  });

  it('moves rows up and down, and not past the ends', () => {
    expect(rowsToSteps(moveRow(rows, 2, -1))).toEqual([['a'], ['c'], ['b']]);
    expect(rowsToSteps(moveRow(rows, 0, 1))).toEqual([['b'], ['a'], ['c']]);
    expect(rowsToSteps(moveRow(rows, 0, -1))).toEqual([['a'], ['b'], ['c']]);
    expect(rowsToSteps(moveRow(rows, 2, 1))).toEqual([['a'], ['b'], ['c']]);
  });

  it('moves a dragged row to where it is dropped', () => {
    expect(rowsToSteps(moveRowTo(rows, 0, 2))).toEqual([['b'], ['c'], ['a']]);
    expect(rowsToSteps(moveRowTo(rows, 2, 0))).toEqual([['c'], ['a'], ['b']]);
    expect(rowsToSteps(moveRowTo(rows, 5, 0))).toEqual([['a'], ['b'], ['c']]);
  });

  it('groups a row with the one above', () => {
    const grouped = setTogether(rows, 2, true);
    expect(rowsToSteps(grouped)).toEqual([['a'], ['b', 'c']]);
    expect(stepNumbers(grouped)).toEqual([1, 2, 2]);
    expect(rowsToSteps(setTogether(grouped, 2, false))).toEqual([['a'], ['b'], ['c']]);
  });

  it('never lets the first row join a step above it', () => {
    expect(setTogether(rows, 0, true)[0]?.together).toBe(false);
    const moved = moveRow(setTogether(rows, 1, true), 1, -1);
    expect(moved[0]).toEqual({ name: 'b', together: false });
    expect(rowsToSteps(moved)).toEqual([['b'], ['a'], ['c']]);
  });

  it('does not change the rows it is given', () => {
    moveRow(rows, 0, 1);
    setTogether(rows, 1, true);
    expect(rows).toEqual(initialRows(['a', 'b', 'c']));
  });

  it('leaves a container out and puts it back at the end', () => {
    const without = removeRow(setTogether(rows, 1, true), 0);
    expect(rowsToSteps(without)).toEqual([['b'], ['c']]);
    expect(rowsToSteps(appendRow(without, 'a'))).toEqual([['b'], ['c'], ['a']]);
  });
});
