import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { makeNativeSidecar, moveBefore } from './edit';

describe('fix edits', () => {
  const d = design({
    target: '1.27',
    sidecarMode: 'legacy',
    containers: [
      container('app'),
      container('a', { role: 'init' }),
      container('b', { role: 'sidecar' }),
    ],
  });

  it('moves a container before another without touching the original', () => {
    const moved = moveBefore(d, 'b', 'a');
    expect(moved.containers.map((c) => c.name)).toEqual(['app', 'b', 'a']);
    expect(d.containers.map((c) => c.name)).toEqual(['app', 'a', 'b']);
  });

  it('makes a native sidecar and raises an old target', () => {
    const { design: after, note } = makeNativeSidecar(d, 'b');
    expect(after.containers[2]).toMatchObject({ role: 'sidecar', mode: 'native' });
    expect(after.target).toBe('1.29');
    expect(note).toContain('1.27');
    expect(d.containers[2]?.mode).toBeUndefined();
  });
});
