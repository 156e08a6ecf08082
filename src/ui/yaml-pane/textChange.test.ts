import { describe, expect, it } from 'vitest';
import { textChange } from './textChange';

function apply(before: string, after: string): string {
  const change = textChange(before, after);
  if (!change) return before;
  return before.slice(0, change.start) + change.text + before.slice(change.end);
}

describe('textChange', () => {
  it('is null for equal texts', () => {
    expect(textChange('a: 1\n', 'a: 1\n')).toBeNull();
  });

  it('replaces only the changed word', () => {
    expect(textChange('- name: app\n  image: x\n', '- name: web\n  image: x\n')).toEqual({
      start: 8,
      end: 11,
      text: 'web',
    });
  });

  it('inserts and deletes lines', () => {
    expect(textChange('a\nc\n', 'a\nb\nc\n')).toEqual({ start: 2, end: 2, text: 'b\n' });
    expect(textChange('a\nb\nc\n', 'a\nc\n')).toEqual({ start: 2, end: 4, text: '' });
  });

  it('does not let the common start and end overlap', () => {
    for (const [before, after] of [
      ['aaa', 'aaaa'],
      ['aaaa', 'aa'],
      ['abab', 'ab'],
      ['', 'x'],
      ['x', ''],
    ] as const) {
      expect(apply(before, after)).toBe(after);
    }
  });

  it('never splits a character made of two code units', () => {
    const change = textChange('a\u{1F600}b', 'a\u{1F601}b');
    expect(change).toEqual({ start: 1, end: 3, text: '\u{1F601}' });
    expect(apply('x\u{1F600}', 'x\u{1F640}')).toBe('x\u{1F640}');
  });
});
