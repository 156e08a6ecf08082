import { describe, expect, it } from 'vitest';
import { findContainer } from '../../model/placement';
import { container, design } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { linkToFinishedInit as rule } from './order-link-to-finished-init';

const clean = (role: 'init' | 'sidecar', target: '1.27' | '1.31' = '1.31') =>
  design({
    target,
    containers: [
      container('app'),
      container('vault', { role, spec: { ports: [{ containerPort: 8200 }] } }),
    ],
    links: [{ from: 'app', to: 'vault', port: 8200 }],
  });

describe('order/link-to-finished-init (R20)', () => {
  it('fires on an init container that a main container talks to', () => {
    const findings = check(rule, clean('init'));
    expect(findings.map((f) => f.container)).toEqual(['vault']);
    expect(findings[0]?.message).toContain('has exited');
    expect(rule.severity).toBe('warning');
  });

  it('fires on an init container that talks to a main container', () => {
    const d = design({
      containers: [container('app'), container('warm', { role: 'init' })],
      links: [{ from: 'warm', to: 'app', port: 8080 }],
    });
    expect(check(rule, d).map((f) => f.container)).toEqual(['warm']);
  });

  it('stays quiet when the target keeps running as a sidecar', () => {
    expect(check(rule, clean('sidecar'))).toEqual([]);
  });

  it('fix makes the init container a sidecar without introducing errors', () => {
    const { design: after } = requireFix(rule, clean('init'));
    expect(findContainer(after, 'vault')?.role).toBe('sidecar');
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });

  it('fix raises a target below 1.29 and says so', () => {
    const { design: after, summary } = requireFix(rule, clean('init', '1.27'));
    expect(after.target).toBe('1.29');
    expect(summary).toContain('1.29');
    expect(errorsOf(after)).toEqual([]);
  });
});
