import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { appContainersOf, initContainersOf } from '../placement';
import { addContainer, duplicateContainer, removeContainer, renameContainer } from './containers';
import { deepFreeze } from './freeze';

const names = (d: { containers: Array<{ name: string }> }) => d.containers.map((c) => c.name);

function sample() {
  return deepFreeze(
    design({
      containers: [
        container('app', { mounts: [{ volume: 'data', mountPath: '/data' }] }),
        container('proxy', { role: 'sidecar' }),
        container('setup', { role: 'init' }),
      ],
      links: [
        { from: 'app', to: 'proxy', port: 15001 },
        { from: 'setup', to: 'proxy', port: 15000 },
      ],
    }),
  );
}

describe('addContainer', () => {
  it('gives default names, images and places made unique with a suffix', () => {
    let d = addContainer(sample(), 'main');
    d = addContainer(d, 'sidecar', { position: { x: 5, y: 6 } });
    d = addContainer(d, 'init');
    d = addContainer(d, 'main');
    expect(names(d)).toEqual(['app', 'app-2', 'app-3', 'proxy', 'setup', 'sidecar', 'init']);
    expect(d.containers.map((c) => c.raw.image)).toEqual([
      'busybox:1.36',
      'nginx:1.27',
      'nginx:1.27',
      'busybox:1.36',
      'busybox:1.36',
      'busybox:1.36',
      'busybox:1.36',
    ]);
    expect(d.containers.find((c) => c.name === 'sidecar')?.mode).toBeUndefined();
    expect(d.positions['container:sidecar']).toEqual({ x: 5, y: 6 });
  });

  it('takes a given name and image and leaves the input untouched', () => {
    const input = sample();
    const d = addContainer(input, 'sidecar', { name: 'envoy', image: 'envoyproxy/envoy:v1.31' });
    expect(initContainersOf(d).map((c) => c.name)).toEqual(['proxy', 'setup', 'envoy']);
    expect(d.containers.at(-1)?.raw.image).toBe('envoyproxy/envoy:v1.31');
    expect(names(input)).toEqual(['app', 'proxy', 'setup']);
  });

  it('refuses a taken or invalid name', () => {
    expect(() => addContainer(sample(), 'main', { name: 'proxy' })).toThrow(
      'A container named "proxy" already exists.',
    );
    expect(() => addContainer(sample(), 'init', { name: 'Setup!' })).toThrow(
      'Container names must be lowercase letters, digits and "-", start and end with a letter or digit, at most 63 characters.',
    );
  });
});

describe('removeContainer', () => {
  it('drops the container, its links and its position', () => {
    const input = deepFreeze({ ...sample(), positions: { 'container:proxy': { x: 1, y: 2 } } });
    const d = removeContainer(input, 'proxy');
    expect(names(d)).toEqual(['app', 'setup']);
    expect(d.links).toEqual([]);
    expect(d.positions).toEqual({});
  });

  it('refuses an unknown container', () => {
    expect(() => removeContainer(sample(), 'nope')).toThrow('There is no container named "nope".');
  });
});

describe('renameContainer', () => {
  it('cascades to links and positions', () => {
    const input = deepFreeze({ ...sample(), positions: { 'container:proxy': { x: 1, y: 2 } } });
    const d = renameContainer(input, 'proxy', 'envoy');
    expect(names(d)).toEqual(['app', 'envoy', 'setup']);
    expect(d.links).toEqual([
      { from: 'app', to: 'envoy', port: 15001 },
      { from: 'setup', to: 'envoy', port: 15000 },
    ]);
    expect(d.positions).toEqual({ 'container:envoy': { x: 1, y: 2 } });
  });

  it('refuses a name used by a container of another list, and invalid names', () => {
    expect(() => renameContainer(sample(), 'app', 'setup')).toThrow(
      'A container named "setup" already exists.',
    );
    expect(() => renameContainer(sample(), 'app', '-app')).toThrow('Container names must');
    expect(() => renameContainer(sample(), 'app', '')).toThrow('A container needs a name.');
  });

  it('returns the design unchanged when the name stays', () => {
    const input = sample();
    expect(renameContainer(input, 'app', 'app')).toBe(input);
  });
});

describe('duplicateContainer', () => {
  it('places a copy with a unique name right after the original', () => {
    const input = deepFreeze({ ...sample(), positions: { 'container:app': { x: 10, y: 20 } } });
    const d = duplicateContainer(input, 'app');
    expect(names(d)).toEqual(['app', 'app-2', 'proxy', 'setup']);
    expect(d.containers[1]?.mounts).toEqual(d.containers[0]?.mounts);
    expect(d.containers[1]?.mounts).not.toBe(d.containers[0]?.mounts);
    expect(d.positions['container:app-2']).toEqual({ x: 50, y: 60 });
    expect(d.links).toHaveLength(2);
    expect(appContainersOf(d).map((c) => c.name)).toEqual(['app', 'app-2']);
  });

  it('keeps the placeholders of the raw object', () => {
    const input = deepFreeze(
      design({ containers: [{ ...container('app'), raw: { name: null, image: 'x:1' } }] }),
    );
    expect(duplicateContainer(input, 'app').containers[1]?.raw).toEqual({
      name: null,
      image: 'x:1',
    });
  });

  it('refuses an unknown container', () => {
    expect(() => duplicateContainer(sample(), 'ghost')).toThrow(
      'There is no container named "ghost".',
    );
  });
});
