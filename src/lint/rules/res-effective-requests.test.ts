import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json';
import { container, design } from '../../testing/build';
import { check } from '../helpers/test-kit';
import { effectiveRequests as rule } from './res-effective-requests';

const res = (cpu: string, memory: string, limits?: JsonObject): JsonObject => ({
  resources: { requests: { cpu, memory }, ...(limits ? { limits } : {}) },
});

describe('res/effective-requests (R39)', () => {
  it('reports effective requests when the Pod has init containers', () => {
    const d = design({
      containers: [
        container('app', { spec: res('250m', '1Gi') }),
        container('setup', { role: 'init', spec: res('1', '256Mi') }),
      ],
    });
    const [finding, ...rest] = check(rule, d);
    expect(rest).toEqual([]);
    expect(finding?.message).toContain('cpu 1 (steady 250m');
    expect(finding?.message).toContain("at 'setup': initialization dominates");
    expect(finding?.message).toContain('memory 1Gi (steady 1Gi');
    expect(rule.severity).toBe('info');
  });

  it('stays quiet without init containers or sidecars', () => {
    expect(
      check(rule, design({ containers: [container('app', { spec: res('1', '1Gi') })] })),
    ).toEqual([]);
  });

  it('flags an unbounded limit when a container sets none', () => {
    const d = design({
      containers: [
        container('app', { spec: res('100m', '64Mi', { memory: '128Mi' }) }),
        container('logs', { role: 'sidecar', spec: res('10m', '16Mi') }),
      ],
    });
    expect(check(rule, d)[0]?.message).toContain(
      "memory limit is unbounded, because 'logs' sets none",
    );
  });

  it('adds the Pod overhead', () => {
    const d = design({
      podSpec: { overhead: { cpu: '50m', memory: '10Mi' } },
      containers: [
        container('app', { spec: res('100m', '64Mi') }),
        container('s', { role: 'sidecar' }),
      ],
    });
    expect(check(rule, d)[0]?.message).toContain('cpu 150m (steady 100m');
  });
});
