import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../../testing/build';
import { deepFreeze } from './freeze';
import { setPosition } from './positions';
import { SUPPORTED_TARGETS, setTarget } from './target';

describe('setTarget', () => {
  it('offers 1.24 to 1.35 and accepts each of them', () => {
    expect(SUPPORTED_TARGETS[0]).toBe('1.24');
    expect(SUPPORTED_TARGETS.at(-1)).toBe('1.37');
    expect(SUPPORTED_TARGETS).toHaveLength(14);
    const input = deepFreeze(design());
    for (const version of SUPPORTED_TARGETS) expect(setTarget(input, version).target).toBe(version);
  });

  it('refuses strings that are not a minor version', () => {
    for (const bad of ['2.1', '1.', '1.100', 'v1.31', '1.31.2', '']) {
      expect(() => setTarget(design(), bad)).toThrow(
        `"${bad}" is not a Kubernetes version; write it like "1.31".`,
      );
    }
  });
});

describe('setPosition', () => {
  const input = deepFreeze(design({ containers: [container('app')], volumes: [volume('logs')] }));

  it('sets positions of containers and volumes', () => {
    let d = setPosition(input, 'container:app', { x: 1, y: 2 });
    d = setPosition(d, 'volume:logs', { x: 3, y: 4 });
    expect(d.positions).toEqual({ 'container:app': { x: 1, y: 2 }, 'volume:logs': { x: 3, y: 4 } });
  });

  it('refuses unknown keys and non-finite coordinates', () => {
    expect(() => setPosition(input, 'container:db', { x: 0, y: 0 })).toThrow(
      '"container:db" names no container or volume of this design.',
    );
    expect(() => setPosition(input, 'app', { x: 0, y: 0 })).toThrow('names no container or volume');
    expect(() => setPosition(input, 'volume:logs', { x: Number.NaN, y: 0 })).toThrow(
      'A position needs finite x and y coordinates.',
    );
  });
});
