import { describe, expect, it } from 'vitest';
import { findContainer, isNativeSidecar } from '../../model/placement';
import type { Container } from '../../model/types';
import { container, design } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { legacyStartRace as rule } from './order-legacy-start-race';

const hold = { lifecycle: { postStart: { exec: { command: ['pilot-agent', 'wait'] } } } };
const pod = (containers: Container[]) =>
  design({ target: '1.31', sidecarMode: 'legacy', containers });
const proxy = (spec = {}) =>
  container('proxy', {
    role: 'sidecar',
    purpose: 'proxy',
    spec: { ports: [{ containerPort: 15001 }], ...spec },
  });

describe('order/legacy-start-race (R21)', () => {
  it('fires on a legacy proxy that the app depends on implicitly', () => {
    const findings = check(rule, pod([container('app'), proxy()]));
    expect(findings.map((f) => f.container)).toEqual(['proxy']);
    expect(findings[0]?.message).toContain('native sidecar with a startupProbe');
    expect(rule.severity).toBe('warning');
  });

  it('still fires when the proxy comes first but without a blocking postStart', () => {
    expect(check(rule, pod([proxy(), container('app')]))).toHaveLength(1);
  });

  it('stays quiet when the proxy is declared first with a postStart hook', () => {
    expect(check(rule, pod([proxy(hold), container('app')]))).toEqual([]);
  });

  it('fix makes the proxy native with a startup probe, without introducing errors', () => {
    const { design: after } = requireFix(rule, pod([container('app'), proxy()]));
    const fixed = findContainer(after, 'proxy');
    expect(fixed && isNativeSidecar(after, fixed)).toBe(true);
    expect(fixed?.raw.startupProbe).toMatchObject({ tcpSocket: { port: 15001 } });
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });
});
