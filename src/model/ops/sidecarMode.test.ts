import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { appContainersOf, initContainersOf } from '../placement';
import { deepFreeze } from './freeze';
import { setContainerSidecarMode, setSidecarMode } from './sidecarMode';

function sample() {
  return deepFreeze(
    design({
      containers: [
        container('app'),
        container('setup', { role: 'init' }),
        container('proxy', { role: 'sidecar', mode: 'legacy' }),
        container('logs', { role: 'sidecar' }),
      ],
    }),
  );
}

describe('setSidecarMode', () => {
  it('moves every sidecar and clears the overrides', () => {
    const d = setSidecarMode(sample(), 'legacy');
    expect(d.sidecarMode).toBe('legacy');
    expect(d.containers.every((c) => c.mode === undefined)).toBe(true);
    expect(appContainersOf(d).map((c) => c.name)).toEqual(['app', 'proxy', 'logs']);
    const native = setSidecarMode(d, 'native');
    expect(initContainersOf(native).map((c) => c.name)).toEqual(['setup', 'proxy', 'logs']);
  });
});

describe('setContainerSidecarMode', () => {
  it('stores an override only when it differs from the design mode', () => {
    const legacy = setContainerSidecarMode(sample(), 'logs', 'legacy');
    expect(legacy.containers[3]?.mode).toBe('legacy');
    const same = setContainerSidecarMode(sample(), 'proxy', 'native');
    expect(same.containers[2]?.mode).toBeUndefined();
    expect(
      setContainerSidecarMode(sample(), 'proxy', undefined).containers[2]?.mode,
    ).toBeUndefined();
  });

  it('refuses a container that is not a sidecar', () => {
    expect(() => setContainerSidecarMode(sample(), 'app', 'legacy')).toThrow(
      'Only sidecars have a sidecar mode; "app" is a main container.',
    );
  });
});
