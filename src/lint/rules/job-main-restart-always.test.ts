import { describe, expect, it } from 'vitest';
import { findContainer, isNativeSidecar } from '../../model/placement';
import type { KubernetesVersion } from '../../model/types';
import { container, design } from '../../testing/build';
import { createContext } from '../context';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { mainRestartAlways as rule } from './job-main-restart-always';

const job = (target: KubernetesVersion = '1.35') =>
  design({
    kind: 'Job',
    target,
    containers: [container('task'), container('proxy', { spec: { restartPolicy: 'Always' } })],
  });

describe('job/main-restart-always (R28)', () => {
  it('fires on the main container with restartPolicy Always on 1.35', () => {
    const findings = check(rule, job());
    expect(findings).toMatchObject([{ container: 'proxy', field: 'restartPolicy' }]);
    expect(rule.severity).toBe('warning');
  });

  it('stays quiet before 1.35 and in Pods that restart anyway', () => {
    expect(check(rule, job('1.33'))).toEqual([]);
    const service = job();
    service.kind = 'Deployment';
    service.podSpec = {};
    expect(check(rule, service)).toEqual([]);
  });

  it('fix moves it to initContainers as a native sidecar, without errors', () => {
    const { design: after } = requireFix(rule, job());
    const moved = findContainer(after, 'proxy');
    expect(moved && isNativeSidecar(after, moved)).toBe(true);
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });

  it('offers no fix for the only main container', () => {
    const d = job();
    d.containers = d.containers.filter((c) => c.name === 'proxy');
    const [finding] = check(rule, d);
    expect(finding?.container).toBe('proxy');
    if (finding) expect(rule.fix?.(d, finding, createContext('1.35'))).toBeUndefined();
  });
});
