import { describe, expect, it } from 'vitest';
import { decideSave, isNewerElsewhere, readStamp } from './guard';
import { SET_ASIDE_KEY, setAsideKeyFor } from './keys';

describe('the two-tab guard', () => {
  it('saves the first revision when nothing is stored', () => {
    expect(decideSave(null, 0, 'a')).toEqual({ write: true, revision: 1 });
  });

  it('saves over its own and older revisions', () => {
    expect(decideSave({ tabId: 'a', revision: 4 }, 4, 'a')).toEqual({ write: true, revision: 5 });
    expect(decideSave({ tabId: 'b', revision: 2 }, 4, 'a')).toEqual({ write: true, revision: 5 });
  });

  it('does not save over a newer revision from another tab', () => {
    const stored = { tabId: 'b', revision: 5 };
    expect(decideSave(stored, 4, 'a')).toEqual({ write: false, newer: stored });
    expect(isNewerElsewhere(stored, 4, 'a')).toBe(true);
    expect(isNewerElsewhere(stored, 5, 'a')).toBe(false);
  });

  it('reads the stamp of saved text leniently', () => {
    expect(readStamp('{"tabId":"b","revision":2,"design":"?"}')).toEqual({
      tabId: 'b',
      revision: 2,
    });
    expect(readStamp('not json')).toBeNull();
    expect(readStamp(null)).toBeNull();
    expect(readStamp('{"tabId":"b","revision":1.5}')).toBeNull();
  });
});

describe('setting damaged text aside', () => {
  it('uses the set-aside key when it is free', () => {
    expect(setAsideKeyFor('x', () => null)).toBe(SET_ASIDE_KEY);
  });

  it('reuses the key that already holds the same text', () => {
    const held: Record<string, string> = { [SET_ASIDE_KEY]: 'old', [`${SET_ASIDE_KEY}:2`]: 'x' };
    expect(setAsideKeyFor('x', (key) => held[key] ?? null)).toBe(`${SET_ASIDE_KEY}:2`);
  });

  it('never takes a key that holds other text', () => {
    const held: Record<string, string> = { [SET_ASIDE_KEY]: 'old' };
    expect(setAsideKeyFor('new', (key) => held[key] ?? null)).toBe(`${SET_ASIDE_KEY}:2`);
    expect(setAsideKeyFor('new', () => 'taken')).toBeNull();
  });
});
