import { describe, expect, it } from 'vitest';
import { assignIds } from './ids';

function counter() {
  let n = 0;
  return () => `new${++n}`;
}

describe('ids of containers across an edit', () => {
  it('keeps the id of a name that stays, wherever it moves', () => {
    expect(assignIds(['a', 'b'], ['1', '2'], ['b', 'a'], counter())).toEqual(['2', '1']);
  });

  it('keeps the id through a rename (a new name where an old one went)', () => {
    expect(assignIds(['a', 'b'], ['1', '2'], ['a', 'c'], counter())).toEqual(['1', '2']);
  });

  it('gives an added name a new id', () => {
    expect(assignIds(['a'], ['1'], ['a', 'b'], counter())).toEqual(['1', 'new1']);
  });

  it('gives a new id when the name at that place still exists elsewhere', () => {
    expect(assignIds(['a', 'b'], ['1', '2'], ['c', 'a', 'b'], counter())).toEqual([
      'new1',
      '1',
      '2',
    ]);
  });

  it('never hands one id to two names', () => {
    const ids = assignIds(['a', 'a'], ['1', '2'], ['a', 'a'], counter());
    expect(new Set(ids).size).toBe(2);
  });
});
