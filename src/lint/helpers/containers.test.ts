import { describe, expect, it } from 'vitest';
import { findContainer } from '../../model/placement';
import { container, design } from '../../testing/build';
import { concurrent, kindOf, startOrder, startsAfter } from './containers';

// initContainers: setup(0, init), proxy(1, sidecar), migrate(2, init); containers: app, legacy
const pod = design({
  containers: [
    container('app'),
    container('legacy', { role: 'sidecar', mode: 'legacy' }),
    container('setup', { role: 'init' }),
    container('proxy', { role: 'sidecar' }),
    container('migrate', { role: 'init' }),
  ],
});
const get = (name: string) => {
  const found = findContainer(pod, name);
  if (!found) throw new Error(name);
  return found;
};
const both = (a: string, b: string) => concurrent(pod, get(a), get(b));

describe('container kinds and concurrency (§0.1)', () => {
  it('classifies each container', () => {
    expect(pod.containers.map((c) => kindOf(pod, c))).toEqual([
      'main',
      'legacy-sidecar',
      'init',
      'native-sidecar',
      'init',
    ]);
  });

  it('lists containers in start order', () => {
    expect(startOrder(pod).map((c) => c.name)).toEqual([
      'setup',
      'proxy',
      'migrate',
      'app',
      'legacy',
    ]);
  });

  it('treats main containers, legacy sidecars and native sidecars as concurrent', () => {
    expect(both('app', 'legacy')).toBe(true);
    expect(both('app', 'proxy')).toBe(true);
    expect(both('legacy', 'proxy')).toBe(true);
  });

  it('makes a regular init container concurrent only with sidecars declared before it', () => {
    expect(both('migrate', 'proxy')).toBe(true);
    expect(both('proxy', 'migrate')).toBe(true);
    expect(both('setup', 'proxy')).toBe(false);
    expect(both('setup', 'migrate')).toBe(false);
    expect(both('setup', 'app')).toBe(false);
    expect(both('app', 'app')).toBe(false);
  });

  it('knows which containers start after another', () => {
    expect(startsAfter(pod, get('migrate'), get('proxy'))).toBe(true);
    expect(startsAfter(pod, get('app'), get('proxy'))).toBe(true);
    expect(startsAfter(pod, get('setup'), get('proxy'))).toBe(false);
    expect(startsAfter(pod, get('app'), get('legacy'))).toBe(false);
  });
});
