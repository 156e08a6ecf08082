import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { runRule } from '../helpers/test-kit';
import { apiHostportDuplicate as rule } from './api-hostport-duplicate';

describe('api/hostport-duplicate (R09)', () => {
  it('reports a host port used by two main containers, on the later one', () => {
    const d = design({
      containers: [
        container('abc', { spec: { ports: [{ containerPort: 80, hostPort: 80 }] } }),
        container('def', { spec: { ports: [{ containerPort: 81, hostPort: 80 }] } }),
      ],
    });
    const findings = runRule(rule, d);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      container: 'def',
      field: 'ports[0].hostPort',
      path: 'spec.containers[1].ports[0].hostPort',
    });
    expect(findings[0]?.message).toContain('"abc"');
  });

  it('reports a host port listed twice inside one init container', () => {
    const ports = [
      { containerPort: 80, hostPort: 8080 },
      { containerPort: 81, hostPort: 8080 },
    ];
    const d = design({
      containers: [container('app'), container('proxy', { role: 'sidecar', spec: { ports } })],
    });
    expect(runRule(rule, d).map((f) => f.field)).toEqual(['ports[1].hostPort']);
  });

  it('stays quiet when a native sidecar and a main container share a host port', () => {
    const d = design({
      containers: [
        container('app', { spec: { ports: [{ containerPort: 80, hostPort: 80 }] } }),
        container('proxy', {
          role: 'sidecar',
          spec: { ports: [{ containerPort: 80, hostPort: 80 }] },
        }),
      ],
    });
    expect(runRule(rule, d)).toEqual([]);
  });

  it('stays quiet when protocol or host IP differ', () => {
    const d = design({
      containers: [
        container('a', { spec: { ports: [{ containerPort: 53, hostPort: 53, protocol: 'UDP' }] } }),
        container('b', { spec: { ports: [{ containerPort: 53, hostPort: 53 }] } }),
        container('c', {
          spec: { ports: [{ containerPort: 53, hostPort: 53, hostIP: '10.0.0.1' }] },
        }),
      ],
    });
    expect(runRule(rule, d)).toEqual([]);
  });

  it('treats a legacy sidecar like a main container', () => {
    const d = design({
      containers: [
        container('app', { spec: { ports: [{ containerPort: 80, hostPort: 80 }] } }),
        container('proxy', {
          role: 'sidecar',
          mode: 'legacy',
          spec: { ports: [{ containerPort: 80, hostPort: 80 }] },
        }),
      ],
    });
    expect(runRule(rule, d).map((f) => f.container)).toEqual(['proxy']);
  });
});
