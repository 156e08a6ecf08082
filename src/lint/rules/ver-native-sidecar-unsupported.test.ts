import { describe, expect, it } from 'vitest';
import type { KubernetesVersion } from '../../model/types';
import { container, design } from '../../testing/build';
import { createContext } from '../context';
import { errorsOf, fixFirst, runRule } from '../helpers/test-kit';
import { verNativeSidecarUnsupported as rule } from './ver-native-sidecar-unsupported';

function sidecarPod(target: KubernetesVersion, mode: 'native' | 'legacy' = 'native') {
  return design({
    target,
    sidecarMode: mode,
    containers: [
      container('app', { image: 'nginx:1.27' }),
      container('proxy', { role: 'sidecar' }),
    ],
  });
}

describe('ver/native-sidecar-unsupported (R16)', () => {
  it('is an error below 1.28', () => {
    const findings = runRule(rule, sidecarPod('1.27'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      container: 'proxy',
      field: 'restartPolicy',
      path: 'spec.initContainers[0].restartPolicy',
    });
  });

  it('is a warning at 1.28, with or without the gate', () => {
    expect(runRule(rule, sidecarPod('1.28')).map((f) => f.severity)).toEqual(['warning']);
    const gateOn = createContext('1.28', { sidecarContainers: true });
    const findings = runRule(rule, sidecarPod('1.28'), gateOn);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]?.message).toContain('shutdown ordering');
  });

  it('warns when the gate is stated off on a later version', () => {
    const gateOff = createContext('1.30', { sidecarContainers: false });
    expect(runRule(rule, sidecarPod('1.30'), gateOff).map((f) => f.severity)).toEqual(['warning']);
  });

  it('stays quiet from 1.29 and for legacy sidecars', () => {
    expect(runRule(rule, sidecarPod('1.29'))).toEqual([]);
    expect(runRule(rule, sidecarPod('1.27', 'legacy'))).toEqual([]);
  });

  it('fixes by raising the target to 1.29, leaving no error', () => {
    const before = sidecarPod('1.27');
    const result = fixFirst(rule, before);
    expect(result?.design.target).toBe('1.29');
    expect(result?.summary).toContain('1.29');
    expect(before.target).toBe('1.27');
    const after = result?.design ?? before;
    expect(runRule(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });

  it('offers no version fix when the target is already 1.29 or later', () => {
    const gateOff = createContext('1.30', { sidecarContainers: false });
    expect(fixFirst(rule, sidecarPod('1.30'), gateOff)).toBeUndefined();
  });
});
