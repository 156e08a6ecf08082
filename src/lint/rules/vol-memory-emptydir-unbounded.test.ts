import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json';
import { container, design, volume } from '../../testing/build';
import { check } from '../helpers/test-kit';
import { memoryEmptyDirUnbounded as rule } from './vol-memory-emptydir-unbounded';

const pod = (source: JsonObject) =>
  design({
    containers: [container('app', { mounts: [{ volume: 'cache', mountPath: '/cache' }] })],
    volumes: [volume('cache', 'emptyDir', source)],
  });

describe('vol/memory-emptydir-unbounded (R38)', () => {
  it('notes an in-memory emptyDir without sizeLimit', () => {
    expect(check(rule, pod({ medium: 'Memory' }))).toMatchObject([
      { volume: 'cache', field: 'emptyDir.medium' },
    ]);
    expect(rule.severity).toBe('info');
  });

  it('stays quiet with a sizeLimit', () => {
    expect(check(rule, pod({ medium: 'Memory', sizeLimit: '64Mi' }))).toEqual([]);
  });

  it('stays quiet for a disk-backed emptyDir', () => {
    expect(check(rule, pod({}))).toEqual([]);
  });
});
