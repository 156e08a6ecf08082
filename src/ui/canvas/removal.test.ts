import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../../testing/build';
import { isRemoveKey, removalSummary } from './removal';

describe('removing with the Delete key', () => {
  const pod = design({
    containers: [
      container('app', { mounts: [{ volume: 'data', mountPath: '/data' }] }),
      container('cache'),
    ],
    volumes: [volume('data'), volume('spare')],
    links: [{ from: 'app', to: 'cache', port: 6379 }],
  });

  it('says what goes with a container', () => {
    expect(removalSummary(pod, { kind: 'container', name: 'app' })).toBe(
      'The container "app" and its mount and its port link will be removed.',
    );
    expect(
      removalSummary(design({ containers: [container('x')] }), { kind: 'container', name: 'x' }),
    ).toBe('The container "x" will be removed.');
  });

  it('says which containers lose a mount with a volume', () => {
    expect(removalSummary(pod, { kind: 'volume', name: 'data' })).toBe(
      'The volume "data" will be removed and unmounted from "app".',
    );
    expect(removalSummary(pod, { kind: 'volume', name: 'spare' })).toBe(
      'The volume "spare" will be removed.',
    );
  });

  it('asks to remove on Delete and Backspace only', () => {
    expect(isRemoveKey('Delete')).toBe(true);
    expect(isRemoveKey('Backspace')).toBe(true);
    expect(isRemoveKey('d')).toBe(false);
  });
});
