import { describe, expect, it } from 'vitest';
import { findContainer } from '../../model/placement';
import type { ContainerRole } from '../../model/types';
import { container, design } from '../../testing/build';
import { check, errorsOf, requireFix } from '../helpers/test-kit';
import { portCollision as rule } from './net-port-collision';

const pod = (otherRole: ContainerRole, protocol = 'TCP') =>
  design({
    containers: [
      container('app', { spec: { ports: [{ containerPort: 8080 }] } }),
      container('other', {
        role: otherRole,
        spec: { ports: [{ containerPort: 9090 }, { containerPort: 8080, protocol }] },
      }),
    ],
    links: [{ from: 'app', to: 'other', port: 8080 }],
  });

describe('net/port-collision (R31)', () => {
  it('fires on the container that starts later, at the colliding port', () => {
    const findings = check(rule, pod('main'));
    expect(findings).toMatchObject([{ container: 'other', field: 'ports[1].containerPort' }]);
    // a sidecar starts before the main containers, so the main container is the later one
    expect(check(rule, pod('sidecar'))).toMatchObject([
      { container: 'app', field: 'ports[0].containerPort' },
    ]);
    expect(rule.severity).toBe('warning');
  });

  it('stays quiet for containers that never run together, or other protocols', () => {
    expect(check(rule, pod('init'))).toEqual([]);
    expect(check(rule, pod('main', 'UDP'))).toEqual([]);
  });

  it('fires when links expect two concurrent containers on the same port', () => {
    const d = design({
      containers: [container('app'), container('a', { role: 'sidecar' }), container('b')],
      links: [
        { from: 'app', to: 'a', port: 7000 },
        { from: 'app', to: 'b', port: 7000 },
      ],
    });
    expect(check(rule, d).map((f) => f.container)).toEqual(['b']);
  });

  it('fix moves the later port to a free one, and the links with it', () => {
    const before = pod('main');
    const { design: after, summary } = requireFix(rule, before);
    expect(findContainer(after, 'other')?.raw.ports).toEqual([
      { containerPort: 9090 },
      { containerPort: 8081, protocol: 'TCP' },
    ]);
    expect(findContainer(before, 'other')?.raw.ports).toContainEqual({
      containerPort: 8080,
      protocol: 'TCP',
    });
    expect(after.links).toEqual([{ from: 'app', to: 'other', port: 8081 }]);
    expect(summary).toContain('8081');
    expect(check(rule, after)).toEqual([]);
    expect(errorsOf(after)).toEqual([]);
  });
});
