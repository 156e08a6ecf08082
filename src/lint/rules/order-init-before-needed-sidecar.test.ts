import { describe, expect, it } from 'vitest';
import { initContainersOf } from '../../model/placement';
import { container, design } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { initBeforeNeededSidecar as rule } from './order-init-before-needed-sidecar';

const withOrder = (first: 'migrate' | 'sqlproxy') => {
  const migrate = container('migrate', { role: 'init' });
  const sqlproxy = container('sqlproxy', {
    role: 'sidecar',
    spec: { startupProbe: { tcpSocket: { port: 5432 } } },
  });
  return design({
    target: '1.31',
    containers: [
      container('app'),
      ...(first === 'migrate' ? [migrate, sqlproxy] : [sqlproxy, migrate]),
    ],
    links: [{ from: 'migrate', to: 'sqlproxy', port: 5432 }],
  });
};

describe('order/init-before-needed-sidecar (R17)', () => {
  it('fires on the init container that talks to a sidecar declared after it', () => {
    const [finding, ...rest] = check(rule, withOrder('migrate'));
    expect(rest).toEqual([]);
    expect(finding?.container).toBe('migrate');
    expect(finding?.message).toContain("Move 'sqlproxy' above 'migrate'");
    expect(rule.severity).toBe('warning');
  });

  it('stays quiet when the sidecar is declared first', () => {
    expect(check(rule, withOrder('sqlproxy'))).toEqual([]);
  });

  it('counts the implicit link of a proxy only for containers that start after it', () => {
    const d = design({
      containers: [
        container('app'),
        container('setup', { role: 'init' }),
        container('mesh', { role: 'sidecar', purpose: 'proxy' }),
      ],
    });
    expect(check(rule, d)).toEqual([]);
  });

  it('fix moves the sidecar above the init container without introducing errors', () => {
    const before = withOrder('migrate');
    const { design: after, summary } = requireFix(rule, before);
    expect(initContainersOf(after).map((c) => c.name)).toEqual(['sqlproxy', 'migrate']);
    expect(initContainersOf(before).map((c) => c.name)).toEqual(['migrate', 'sqlproxy']);
    expect(summary).toContain("'sqlproxy'");
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });

  it('marks a finding that rests on a guessed proxy', () => {
    const d = withOrder('migrate');
    d.containers = d.containers.map((c) => (c.name === 'sqlproxy' ? { ...c, guessed: true } : c));
    const [finding] = check(rule, d);
    expect(finding?.guess).toBe(true);
    expect(finding?.message).toContain('guessed');
  });
});
