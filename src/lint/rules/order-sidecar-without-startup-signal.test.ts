import { describe, expect, it } from 'vitest';
import { findContainer } from '../../model/placement';
import { container, design } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { sidecarWithoutStartupSignal as rule } from './order-sidecar-without-startup-signal';

const cache = (spec = {}) =>
  design({
    target: '1.31',
    containers: [
      container('app'),
      container('cache', { role: 'sidecar', spec: { ports: [{ containerPort: 6379 }], ...spec } }),
    ],
    links: [{ from: 'app', to: 'cache', port: 6379 }],
  });

describe('order/sidecar-without-startup-signal (R19)', () => {
  it('fires on a linked sidecar with neither startupProbe nor postStart', () => {
    const findings = check(rule, cache());
    expect(findings.map((f) => f.container)).toEqual(['cache']);
    expect(findings[0]?.message).toContain("'app'");
    expect(rule.severity).toBe('warning');
  });

  it('stays quiet with a startupProbe or a postStart hook', () => {
    expect(check(rule, cache({ startupProbe: { tcpSocket: { port: 6379 } } }))).toEqual([]);
    const hook = { lifecycle: { postStart: { exec: { command: ['wait-ready'] } } } };
    expect(check(rule, cache(hook))).toEqual([]);
  });

  it('stays quiet when only a container that starts earlier talks to it', () => {
    const d = design({
      containers: [
        container('app'),
        container('seed', { role: 'init' }),
        container('cache', { role: 'sidecar', spec: { ports: [{ containerPort: 6379 }] } }),
      ],
      links: [{ from: 'cache', to: 'app', port: 8080 }],
    });
    expect(check(rule, d)).toEqual([]);
  });

  it('fires for a proxy through the implicit links of the containers after it', () => {
    const d = design({
      containers: [container('app'), container('mesh', { role: 'sidecar', purpose: 'proxy' })],
    });
    expect(check(rule, d).map((f) => f.container)).toEqual(['mesh']);
  });

  it('fix adds a startup probe on the linked port without introducing errors', () => {
    const { design: after, summary } = requireFix(rule, cache());
    expect(findContainer(after, 'cache')?.raw.startupProbe).toMatchObject({
      tcpSocket: { port: 6379 },
    });
    expect(summary).toContain('6379');
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });
});
