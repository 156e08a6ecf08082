import { describe, expect, it } from 'vitest';
import { initContainersOf } from '../../model/placement';
import { container, design } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { sidecarDependencyInverted as rule } from './order-sidecar-dependency-inverted';

const probe = { startupProbe: { tcpSocket: { port: 15001 } } };
const pod = (order: string[]) =>
  design({
    target: '1.31',
    containers: [
      container('app'),
      ...order.map((name) =>
        name === 'logs'
          ? container('logs', { role: 'sidecar', purpose: 'log-shipper' })
          : container('proxy', { role: 'sidecar', purpose: 'proxy', spec: probe }),
      ),
    ],
    links: [{ from: 'logs', to: 'proxy', port: 15001 }],
  });

describe('order/sidecar-dependency-inverted (R18)', () => {
  it('fires on the sidecar declared before the sidecar it talks to', () => {
    const findings = check(rule, pod(['logs', 'proxy']));
    expect(findings.map((f) => f.container)).toEqual(['logs']);
    expect(findings[0]?.message).toContain("Declare 'proxy' before 'logs'");
    expect(rule.severity).toBe('warning');
  });

  it('stays quiet when the dependency is declared first', () => {
    expect(check(rule, pod(['proxy', 'logs']))).toEqual([]);
  });

  it('ignores links between a sidecar and a main container', () => {
    const d = pod(['proxy', 'logs']);
    d.links = [{ from: 'logs', to: 'app', port: 8080 }];
    expect(check(rule, d)).toEqual([]);
  });

  it('fix declares the dependency first without introducing errors', () => {
    const { design: after } = requireFix(rule, pod(['logs', 'proxy']));
    expect(initContainersOf(after).map((c) => c.name)).toEqual(['proxy', 'logs']);
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });
});
