import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { initContainersOf } from '../placement';
import { deepFreeze } from './freeze';
import { moveAfter, moveBefore, moveContainer } from './order';

const names = (d: { containers: Array<{ name: string }> }) => d.containers.map((c) => c.name);

function sample() {
  return deepFreeze(
    design({
      containers: [
        container('app'),
        container('migrate', { role: 'init' }),
        container('proxy', { role: 'sidecar' }),
        container('warm', { role: 'init' }),
      ],
    }),
  );
}

describe('moveContainer', () => {
  it('moves a container to a position of the declaration order', () => {
    expect(names(moveContainer(sample(), 'warm', 1))).toEqual(['app', 'warm', 'migrate', 'proxy']);
    expect(names(moveContainer(sample(), 'migrate', 3))).toEqual([
      'app',
      'proxy',
      'warm',
      'migrate',
    ]);
  });

  it('refuses a position outside the list', () => {
    expect(() => moveContainer(sample(), 'app', 4)).toThrow(
      'A container can only move to a position from 1 to 4.',
    );
    expect(() => moveContainer(sample(), 'app', 1.5)).toThrow('A container can only move');
  });
});

describe('moveBefore and moveAfter', () => {
  it('starts a sidecar before the init container that needs it', () => {
    const d = moveBefore(sample(), 'proxy', 'migrate');
    expect(initContainersOf(d).map((c) => c.name)).toEqual(['proxy', 'migrate', 'warm']);
  });

  it('moves a container after another', () => {
    expect(names(moveAfter(sample(), 'migrate', 'warm'))).toEqual([
      'app',
      'proxy',
      'warm',
      'migrate',
    ]);
    expect(names(moveAfter(sample(), 'warm', 'app'))).toEqual(['app', 'warm', 'migrate', 'proxy']);
  });

  it('refuses to move a container relative to itself or to an unknown one', () => {
    expect(() => moveBefore(sample(), 'proxy', 'proxy')).toThrow(
      'A container cannot move before itself.',
    );
    expect(() => moveAfter(sample(), 'proxy', 'nope')).toThrow(
      'There is no container named "nope".',
    );
  });
});
