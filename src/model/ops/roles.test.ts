import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { initContainersOf } from '../placement';
import { deepFreeze } from './freeze';
import { setContainerPurpose, setContainerRole } from './roles';

function sample() {
  return deepFreeze(
    design({
      containers: [
        container('app'),
        {
          ...container('proxy', { role: 'sidecar', purpose: 'proxy', mode: 'legacy' }),
          guessed: true,
        },
        container('setup', { role: 'init', spec: { restartPolicy: 'Never' } }),
      ],
    }),
  );
}

describe('setContainerRole', () => {
  it('drops mode, purpose and the guess when a sidecar becomes main', () => {
    const d = setContainerRole(sample(), 'proxy', 'main');
    const proxy = d.containers[1];
    expect(proxy?.role).toBe('main');
    expect(proxy?.mode).toBeUndefined();
    expect(proxy?.purpose).toBeUndefined();
    expect(proxy?.guessed).toBeUndefined();
  });

  it('makes a container a sidecar that follows the design mode unless asked', () => {
    const native = setContainerRole(sample(), 'app', 'sidecar');
    expect(native.containers[0]).toMatchObject({ role: 'sidecar' });
    expect(native.containers[0]?.mode).toBeUndefined();
    expect(initContainersOf(native).map((c) => c.name)).toEqual(['app', 'setup']);
    const legacy = setContainerRole(sample(), 'app', 'sidecar', {
      mode: 'legacy',
      purpose: 'other',
    });
    expect(legacy.containers[0]).toMatchObject({
      role: 'sidecar',
      mode: 'legacy',
      purpose: 'other',
    });
  });

  it('confirms a guessed sidecar and keeps its mode and purpose', () => {
    const d = setContainerRole(sample(), 'proxy', 'sidecar');
    expect(d.containers[1]).toEqual({
      name: 'proxy',
      role: 'sidecar',
      mode: 'legacy',
      purpose: 'proxy',
      mounts: [],
      raw: { image: 'busybox:1.36' },
    });
  });

  it('turns a read restartPolicy into a placeholder for a sidecar and drops it afterwards', () => {
    const sidecar = setContainerRole(sample(), 'setup', 'sidecar');
    expect(sidecar.containers[2]?.raw).toEqual({ image: 'busybox:1.36', restartPolicy: null });
    const back = setContainerRole(sidecar, 'setup', 'init');
    expect(back.containers[2]?.raw).toEqual({ image: 'busybox:1.36' });
  });

  it('refuses a mode or purpose for a main or init container', () => {
    expect(() => setContainerRole(sample(), 'proxy', 'init', { purpose: 'proxy' })).toThrow(
      'Only sidecars have a sidecar mode or a purpose.',
    );
  });
});

describe('setContainerPurpose', () => {
  it('sets and clears the purpose of a sidecar', () => {
    const d = setContainerPurpose(sample(), 'proxy', 'log-shipper');
    expect(d.containers[1]?.purpose).toBe('log-shipper');
    expect(d.containers[1]?.guessed).toBeUndefined();
    expect(setContainerPurpose(d, 'proxy', undefined).containers[1]?.purpose).toBeUndefined();
  });

  it('refuses a purpose for a container that is not a sidecar', () => {
    expect(() => setContainerPurpose(sample(), 'setup', 'proxy')).toThrow(
      'Only sidecars have a purpose; "setup" is an init container.',
    );
  });
});
