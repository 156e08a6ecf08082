import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { errorsOf, fixFirst, runRule } from '../helpers/test-kit';
import { apiInitProbesHooks as rule } from './api-init-probes-hooks';

const PROBE = { tcpSocket: { port: 80 } };

describe('api/init-probes-hooks (R06)', () => {
  it('reports a readiness probe on a regular init container', () => {
    const init = container('wait-db', { role: 'init', spec: { readinessProbe: PROBE } });
    const findings = runRule(rule, design({ containers: [container('app'), init] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      container: 'wait-db',
      field: 'readinessProbe',
      path: 'spec.initContainers[0].readinessProbe',
    });
  });

  it('reports each forbidden field once', () => {
    const spec = { livenessProbe: PROBE, lifecycle: { preStop: { exec: { command: ['x'] } } } };
    const init = container('setup', { role: 'init', spec });
    const fields = runRule(rule, design({ containers: [container('app'), init] })).map(
      (f) => f.field,
    );
    expect(fields.sort()).toEqual(['lifecycle', 'livenessProbe']);
  });

  it('stays quiet on a sidecar with the same probe', () => {
    const sidecar = container('proxy', { role: 'sidecar', spec: { readinessProbe: PROBE } });
    expect(runRule(rule, design({ containers: [container('app'), sidecar] }))).toEqual([]);
  });

  it('fixes by removing the field, leaving no error', () => {
    const init = container('wait-db', { role: 'init', spec: { readinessProbe: PROBE } });
    const result = fixFirst(rule, design({ containers: [container('app'), init] }));
    const after = result?.design;
    expect(result?.summary).toContain('readinessProbe');
    expect(after && runRule(rule, after)).toEqual([]);
    expect(after && errorsOf(after)).toEqual([]);
  });
});
