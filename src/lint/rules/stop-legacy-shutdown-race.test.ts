import { describe, expect, it } from 'vitest';
import { findContainer, isNativeSidecar } from '../../model/placement';
import { container, design, volume } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { legacyShutdownRace as rule } from './stop-legacy-shutdown-race';

const pod = (readOnly: boolean, mode: 'native' | 'legacy' = 'legacy') =>
  design({
    target: '1.31',
    containers: [
      container('app', { mounts: [{ volume: 'out', mountPath: '/out' }] }),
      container('uploader', {
        role: 'sidecar',
        mode,
        mounts: [{ volume: 'out', mountPath: '/out', readOnly }],
      }),
    ],
    volumes: [volume('out')],
  });

describe('stop/legacy-shutdown-race (R24)', () => {
  it('fires when a main container writes into a volume a legacy sidecar reads', () => {
    const findings = check(rule, pod(true));
    expect(findings.map((f) => f.container)).toEqual(['uploader']);
    expect(findings[0]?.message).toContain("'app' writes into volume 'out'");
    expect(rule.severity).toBe('warning');
  });

  it('fires for an explicit port link from a main container', () => {
    const d = pod(false);
    d.links = [{ from: 'app', to: 'uploader', port: 9000 }];
    expect(check(rule, d)).toHaveLength(1);
  });

  it('stays quiet when the sidecar also writes (no consumer) or is native', () => {
    expect(check(rule, pod(false))).toEqual([]);
    expect(check(rule, pod(true, 'native'))).toEqual([]);
  });

  it('fix makes the sidecar native without introducing errors', () => {
    const { design: after } = requireFix(rule, pod(true));
    const fixed = findContainer(after, 'uploader');
    expect(fixed && isNativeSidecar(after, fixed)).toBe(true);
    expect(fixed?.mode).toBeUndefined();
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });
});
