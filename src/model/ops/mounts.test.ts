import { describe, expect, it } from 'vitest';
import { container, design, volume } from '../../testing/build';
import { deepFreeze } from './freeze';
import { connectMount, disconnectMount, updateMount } from './mounts';

function sample() {
  return deepFreeze(
    design({
      containers: [
        container('app', {
          mounts: [
            {
              volume: 'logs',
              mountPath: '/logs',
              readOnly: false,
              raw: { mountPropagation: 'None' },
            },
          ],
        }),
        container('shipper', { role: 'sidecar' }),
      ],
      volumes: [volume('logs'), volume('conf', 'configMap', { name: 'conf' })],
    }),
  );
}

describe('connectMount', () => {
  it('adds a mount with its options', () => {
    const d = connectMount(sample(), 'shipper', {
      volume: 'logs',
      mountPath: '/logs',
      readOnly: true,
      subPath: 'app/current',
    });
    expect(d.containers[1]?.mounts).toEqual([
      { volume: 'logs', mountPath: '/logs', readOnly: true, subPath: 'app/current', raw: {} },
    ]);
  });

  it('leaves out a false readOnly and an empty subPath', () => {
    const d = connectMount(sample(), 'app', {
      volume: 'conf',
      mountPath: '/etc/app',
      readOnly: false,
      subPath: '',
    });
    expect(d.containers[0]?.mounts[1]).toEqual({ volume: 'conf', mountPath: '/etc/app', raw: {} });
  });

  it('refuses unknown volumes, relative or repeated paths and escaping sub-paths', () => {
    const d = sample();
    expect(() => connectMount(d, 'app', { volume: 'nope', mountPath: '/x' })).toThrow(
      'There is no volume named "nope".',
    );
    expect(() => connectMount(d, 'app', { volume: 'conf', mountPath: 'etc' })).toThrow(
      'The mount path "etc" must be absolute (start with "/").',
    );
    expect(() => connectMount(d, 'app', { volume: 'conf', mountPath: '/logs' })).toThrow(
      '"app" already mounts a volume at /logs.',
    );
    for (const subPath of ['/abs', '../up', 'a/../../b']) {
      expect(() => connectMount(d, 'app', { volume: 'conf', mountPath: '/c', subPath })).toThrow(
        `The sub-path "${subPath}" must be relative and must not contain "..".`,
      );
    }
  });
});

describe('updateMount', () => {
  it('changes fields and keeps the rest of the mount', () => {
    const d = updateMount(sample(), 'app', 0, {
      volume: 'conf',
      mountPath: '/etc/app',
      subPath: 'a',
    });
    expect(d.containers[0]?.mounts[0]).toEqual({
      volume: 'conf',
      mountPath: '/etc/app',
      readOnly: false,
      subPath: 'a',
      raw: { mountPropagation: 'None' },
    });
  });

  it('sets and clears readOnly and subPath', () => {
    const on = updateMount(sample(), 'app', 0, { readOnly: true, subPath: 'x' });
    expect(on.containers[0]?.mounts[0]).toMatchObject({ readOnly: true, subPath: 'x' });
    const off = updateMount(on, 'app', 0, { readOnly: undefined, subPath: undefined });
    expect(off.containers[0]?.mounts[0]).toEqual({
      volume: 'logs',
      mountPath: '/logs',
      raw: { mountPropagation: 'None' },
    });
  });

  it('refuses a missing mount, a path used by another mount, and a subPath beside subPathExpr', () => {
    const twoMounts = connectMount(sample(), 'app', { volume: 'conf', mountPath: '/etc/app' });
    expect(() => updateMount(twoMounts, 'app', 1, { mountPath: '/logs' })).toThrow(
      '"app" already mounts a volume at /logs.',
    );
    expect(() => updateMount(sample(), 'app', 3, { readOnly: true })).toThrow(
      '"app" has no mount number 4.',
    );
    const expr = deepFreeze(
      design({
        containers: [
          container('app', {
            mounts: [{ volume: 'v', mountPath: '/v', raw: { subPathExpr: '$(POD)' } }],
          }),
        ],
        volumes: [volume('v')],
      }),
    );
    expect(() => updateMount(expr, 'app', 0, { subPath: 'x' })).toThrow(
      'A mount cannot have both a sub-path and a sub-path expression.',
    );
  });
});

describe('disconnectMount', () => {
  it('removes one mount', () => {
    expect(disconnectMount(sample(), 'app', 0).containers[0]?.mounts).toEqual([]);
  });

  it('refuses a mount that does not exist', () => {
    expect(() => disconnectMount(sample(), 'shipper', 0)).toThrow(
      '"shipper" has no mount number 1.',
    );
  });
});
