import { describe, expect, it } from 'vitest';
import { keepUnchanged, sameContent } from './keepUnchanged';

describe('sameContent', () => {
  it('compares plain data by content, arrays and nesting included', () => {
    expect(sameContent({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameContent({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameContent({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameContent({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameContent([1, 2], [1, 2, 3])).toBe(false);
    expect(sameContent([], {})).toBe(false);
    expect(sameContent(null, {})).toBe(false);
    expect(sameContent(Number.NaN, Number.NaN)).toBe(true);
    expect(sameContent('x', 'x')).toBe(true);
  });
});

describe('keepUnchanged', () => {
  const a = { id: 'a', position: { x: 0, y: 0 }, data: { name: 'a' } };
  const b = { id: 'b', position: { x: 10, y: 0 }, data: { name: 'b' } };

  it('keeps the previous objects of unchanged items and takes the changed ones', () => {
    const movedB = { ...b, position: { x: 20, y: 0 } };
    const result = keepUnchanged([a, b], [structuredClone(a), movedB]);
    expect(result[0]).toBe(a);
    expect(result[1]).toBe(movedB);
  });

  it('returns the previous list itself when nothing changed', () => {
    const previous = [a, b];
    expect(keepUnchanged(previous, [structuredClone(a), structuredClone(b)])).toBe(previous);
  });

  it('returns a new list when items were added, removed or reordered', () => {
    const c = { id: 'c', position: { x: 0, y: 0 }, data: { name: 'c' } };
    const added = keepUnchanged([a, b], [structuredClone(a), structuredClone(b), c]);
    expect(added).toHaveLength(3);
    expect(added[0]).toBe(a);
    expect(added[2]).toBe(c);
    const removed = keepUnchanged([a, b], [structuredClone(a)]);
    expect(removed).toEqual([a]);
    expect(removed[0]).toBe(a);
    const reordered = keepUnchanged([a, b], [structuredClone(b), structuredClone(a)]);
    expect(reordered).toEqual([b, a]);
    expect(reordered[0]).toBe(b);
  });

  it('does not count the ignored key as content, and takes it along with a changed item', () => {
    const measured = { width: 200, height: 72 };
    const previous = [a, b];
    const onlyMeasured = [
      { ...a, measured },
      { ...b, measured },
    ];
    expect(keepUnchanged(previous, onlyMeasured, 'measured')).toBe(previous);
    expect(keepUnchanged(previous, onlyMeasured)).not.toBe(previous);
    const renamedB = { ...b, data: { name: 'b2' }, measured };
    const result = keepUnchanged(previous, [{ ...a, measured }, renamedB], 'measured');
    expect(result[0]).toBe(a);
    expect(result[1]).toBe(renamedB);
  });
});
