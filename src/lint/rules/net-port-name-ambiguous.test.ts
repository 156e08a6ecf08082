import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { check } from '../helpers/test-kit';
import { portNameAmbiguous as rule } from './net-port-name-ambiguous';

const named = (name: string, port: number) => ({ ports: [{ name, containerPort: port }] });

describe('net/port-name-ambiguous (R33)', () => {
  it('notes the sidecar whose port name a main container already uses', () => {
    const d = design({
      containers: [
        container('metrics', { role: 'sidecar', spec: named('metrics', 9102) }),
        container('app', { spec: named('metrics', 9090) }),
      ],
    });
    const findings = check(rule, d);
    expect(findings).toMatchObject([{ container: 'metrics', field: 'ports[0].name' }]);
    expect(findings[0]?.message).toContain("sends traffic to 'app'");
    expect(rule.severity).toBe('info');
  });

  it('stays quiet for unique names', () => {
    const d = design({
      containers: [
        container('app', { spec: named('http', 8080) }),
        container('metrics', { role: 'sidecar', spec: named('metrics', 9102) }),
      ],
    });
    expect(check(rule, d)).toEqual([]);
  });

  it('reports each further container once', () => {
    const d = design({
      containers: [
        container('a', { spec: named('http', 1) }),
        container('b', { spec: named('http', 2) }),
        container('c', { spec: named('http', 3) }),
      ],
    });
    expect(check(rule, d).map((f) => f.container)).toEqual(['b', 'c']);
  });
});
