import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json';
import type { Mount } from '../../model/types';
import { container, design, volume } from '../../testing/build';
import { runRule } from '../helpers/test-kit';
import { apiMountOptions as rule } from './api-mount-options';

type MountInit = Partial<Mount> & { volume: string; mountPath: string };

function fieldsFor(mounts: MountInit[], privileged = false) {
  const spec: JsonObject = privileged ? { securityContext: { privileged: true } } : {};
  const d = design({ containers: [container('app', { mounts, spec })], volumes: [volume('data')] });
  return runRule(rule, d).map((f) => f.field);
}

describe('api/mount-options (R12)', () => {
  it('reports a subPath escaping the volume and subPath with subPathExpr', () => {
    const d = design({
      containers: [
        container('app', {
          mounts: [
            { volume: 'data', mountPath: '/a', subPath: '../etc' },
            { volume: 'data', mountPath: '/b', subPath: 'x', raw: { subPathExpr: '$(POD_NAME)' } },
          ],
        }),
      ],
      volumes: [volume('data')],
    });
    const findings = runRule(rule, d);
    expect(findings.map((f) => [f.severity, f.container, f.field])).toEqual([
      ['error', 'app', 'volumeMounts[0].subPath'],
      ['error', 'app', 'volumeMounts[1].subPathExpr'],
    ]);
  });

  it('reports an absolute subPath', () => {
    expect(fieldsFor([{ volume: 'data', mountPath: '/a', subPath: '/etc' }])).toEqual([
      'volumeMounts[0].subPath',
    ]);
  });

  it('reports Bidirectional propagation without privilege and unknown values', () => {
    const bidirectional = {
      volume: 'data',
      mountPath: '/a',
      raw: { mountPropagation: 'Bidirectional' },
    };
    expect(fieldsFor([bidirectional])).toEqual(['volumeMounts[0].mountPropagation']);
    expect(fieldsFor([bidirectional], true)).toEqual([]);
    const unknown = { volume: 'data', mountPath: '/a', raw: { mountPropagation: 'Shared' } };
    expect(fieldsFor([unknown])).toEqual(['volumeMounts[0].mountPropagation']);
  });

  it('reports recursiveReadOnly on a writable mount', () => {
    const rro = { volume: 'data', mountPath: '/a', raw: { recursiveReadOnly: 'Enabled' } };
    expect(fieldsFor([rro])).toEqual(['volumeMounts[0].recursiveReadOnly']);
    expect(fieldsFor([{ ...rro, readOnly: true }])).toEqual([]);
  });

  it('stays quiet on a relative subPath and a subPathExpr alone', () => {
    expect(
      fieldsFor([
        { volume: 'data', mountPath: '/a', subPath: 'conf/app.yaml' },
        { volume: 'data', mountPath: '/b', raw: { subPathExpr: '$(POD_NAME)' } },
      ]),
    ).toEqual([]);
  });
});
