import { describe, expect, it } from 'vitest';
import { initContainersOf } from '../../model/placement';
import { container, design } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { initUsesLegacySidecar as rule } from './order-init-uses-legacy-sidecar';

const pod = (mode: 'native' | 'legacy', target: '1.27' | '1.31' = '1.31') =>
  design({
    target,
    containers: [
      container('app'),
      container('sqlproxy', {
        role: 'sidecar',
        mode,
        spec: { startupProbe: { tcpSocket: { port: 5432 } } },
      }),
      container('migrate', { role: 'init' }),
    ],
    links: [{ from: 'migrate', to: 'sqlproxy', port: 5432 }],
  });

describe('order/init-uses-legacy-sidecar (R22)', () => {
  it('fires on the init container that talks to a legacy sidecar', () => {
    const findings = check(rule, pod('legacy'));
    expect(findings.map((f) => f.container)).toEqual(['migrate']);
    expect(findings[0]?.message).toContain('native sidecar declared before');
    expect(rule.severity).toBe('warning');
  });

  it('stays quiet when the sidecar is native', () => {
    expect(check(rule, pod('native'))).toEqual([]);
  });

  it('fix makes the sidecar native and places it first, without introducing errors', () => {
    const { design: after } = requireFix(rule, pod('legacy'));
    expect(initContainersOf(after).map((c) => c.name)).toEqual(['sqlproxy', 'migrate']);
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });

  it('fix raises a target below 1.29', () => {
    const { design: after, summary } = requireFix(rule, pod('legacy', '1.27'));
    expect(after.target).toBe('1.29');
    expect(summary).toContain('raised');
  });
});
