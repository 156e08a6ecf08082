import { describe, expect, it } from 'vitest';
import type { KubernetesVersion } from '../../model/types';
import { container, design, volume } from '../../testing/build';
import { createContext } from '../context';
import { fixFirst, runRule } from '../helpers/test-kit';
import { verGatedFieldDropped as rule } from './ver-gated-field-dropped';

function imageVolumePod(target: KubernetesVersion) {
  return design({
    target,
    containers: [
      container('app', { mounts: [{ volume: 'model', mountPath: '/models', readOnly: true }] }),
    ],
    volumes: [
      { name: 'model', type: 'other', raw: { image: { reference: 'registry.example/m:1' } } },
    ],
  });
}

function envFilePod(target: KubernetesVersion) {
  const fileKeyRef = { volumeName: 'config', path: 'app.env', key: 'MODE' };
  return design({
    target,
    containers: [
      container('app', {
        spec: {
          env: [
            { name: 'A', value: '1' },
            { name: 'MODE', valueFrom: { fileKeyRef } },
          ],
        },
        mounts: [{ volume: 'config', mountPath: '/config' }],
      }),
    ],
    volumes: [volume('config')],
  });
}

function podLevelResourcesPod(target: KubernetesVersion) {
  return design({ target, podSpec: { resources: { limits: { cpu: '1', memory: '1Gi' } } } });
}

describe('ver/gated-field-dropped (R43)', () => {
  it('reports an image volume while ImageVolume is off by default (up to 1.34), as an error', () => {
    for (const target of ['1.31', '1.33', '1.34'] as const) {
      const findings = runRule(rule, imageVolumePod(target));
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({
        severity: 'error',
        volume: 'model',
        path: 'spec.volumes[0].image',
      });
      expect(findings[0]?.message).toContain('ImageVolume');
      expect(findings[0]?.message).toContain('from 1.35');
    }
    expect(runRule(rule, imageVolumePod('1.35'))).toEqual([]);
    expect(runRule(rule, imageVolumePod('1.37'))).toEqual([]);
  });

  it('reports fileKeyRef before 1.35 at its own env entry, as an error', () => {
    const findings = runRule(rule, envFilePod('1.34'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      container: 'app',
      path: 'spec.containers[0].env[1].valueFrom.fileKeyRef',
    });
    expect(runRule(rule, envFilePod('1.35'))).toEqual([]);
  });

  it('warns about pod-level resources before 1.34: they are not applied, not rejected', () => {
    const findings = runRule(rule, podLevelResourcesPod('1.33'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', path: 'spec.resources' });
    expect(findings[0]?.message).toContain('PodLevelResources');
    expect(runRule(rule, podLevelResourcesPod('1.34'))).toEqual([]);
  });

  it('follows a gate turned on or off by configuration', () => {
    const on = createContext('1.33', { imageVolume: true });
    expect(runRule(rule, imageVolumePod('1.33'), on)).toEqual([]);
    const off = createContext('1.37', { envFiles: false });
    expect(runRule(rule, envFilePod('1.37'), off)).toHaveLength(1);
    // No lower target is offered as a fix for a gate turned off on a later version.
    expect(fixFirst(rule, envFilePod('1.37'), off)).toBeUndefined();
  });

  it('is quiet on a pod with none of these fields', () => {
    expect(runRule(rule, design({ target: '1.29' }))).toEqual([]);
  });

  it('fixes by raising the target to the first version keeping every dropped field', () => {
    const both = {
      ...imageVolumePod('1.33'),
      podSpec: { resources: { limits: { cpu: '1' } } },
    };
    const fixed = fixFirst(rule, both);
    expect(fixed?.design.target).toBe('1.35');
    expect(fixed?.summary).toContain('from 1.33 to 1.35');
    expect(fixFirst(rule, podLevelResourcesPod('1.32'))?.design.target).toBe('1.34');
    if (fixed) expect(runRule(rule, fixed.design)).toEqual([]);
  });
});
