import { describe, expect, it } from 'vitest';
import { isApplePlatform, undoShortcutLabels } from './shortcuts';

describe('undo shortcut labels', () => {
  it('use ⌘ on Apple computers', () => {
    expect(isApplePlatform({ platform: 'MacIntel' })).toBe(true);
    expect(isApplePlatform({ platform: 'macOS' })).toBe(true);
    expect(isApplePlatform({ userAgent: 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)' })).toBe(
      true,
    );
    expect(undoShortcutLabels(true)).toEqual({ undo: '⌘Z', redo: '⇧⌘Z' });
  });

  it('use Ctrl elsewhere', () => {
    expect(
      isApplePlatform({ platform: 'Linux x86_64', userAgent: 'Mozilla/5.0 (X11; Linux)' }),
    ).toBe(false);
    expect(isApplePlatform({})).toBe(false);
    expect(undoShortcutLabels(false)).toEqual({ undo: 'Ctrl+Z', redo: 'Ctrl+Shift+Z' });
  });
});
