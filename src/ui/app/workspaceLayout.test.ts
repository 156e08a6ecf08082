import { describe, expect, it } from 'vitest';
import { clampWidth, DEFAULT_WORKSPACE, MIN_PANE_WIDTH, readWorkspace } from './workspaceLayout';

describe('the remembered workspace', () => {
  it('reads what was saved and ignores what cannot be read', () => {
    expect(readWorkspace('{"side":{"width":300,"collapsed":true},"manifest":{}}')).toEqual({
      side: { width: 300, collapsed: true },
      manifest: { collapsed: false },
    });
    expect(readWorkspace('{"side":{"width":"wide"}}').side).toEqual({ collapsed: false });
    expect(readWorkspace('not json')).toEqual(DEFAULT_WORKSPACE);
    expect(readWorkspace(null)).toEqual(DEFAULT_WORKSPACE);
    expect(readWorkspace('7')).toEqual(DEFAULT_WORKSPACE);
  });

  it('keeps a pane between its smallest width and 40% of the page', () => {
    expect(clampWidth(10, 1280)).toBe(MIN_PANE_WIDTH);
    expect(clampWidth(900, 1280)).toBe(512);
    expect(clampWidth(333.4, 1280)).toBe(333);
  });
});
