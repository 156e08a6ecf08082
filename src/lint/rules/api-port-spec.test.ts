import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../model/json';
import { container, design } from '../../testing/build';
import { runRule } from '../helpers/test-kit';
import { apiPortSpec as rule } from './api-port-spec';

function fieldsFor(ports: JsonValue[]) {
  return runRule(rule, design({ containers: [container('app', { spec: { ports } })] })).map(
    (f) => f.field,
  );
}

describe('api/port-spec (R08)', () => {
  it('reports an upper-case and an over-long port name, once each', () => {
    const d = design({
      containers: [
        container('app', {
          spec: {
            ports: [
              { name: 'Metrics', containerPort: 9090 },
              { name: 'prometheus-metrics', containerPort: 9091 },
            ],
          },
        }),
      ],
    });
    const findings = runRule(rule, d);
    expect(findings.map((f) => [f.severity, f.container, f.field])).toEqual([
      ['error', 'app', 'ports[0].name'],
      ['error', 'app', 'ports[1].name'],
    ]);
    expect(findings[1]?.message).toContain('15 characters');
  });

  it('reports port names without a letter, with double or edge hyphens, and duplicates', () => {
    expect(fieldsFor([{ name: '8080', containerPort: 8080 }])).toEqual(['ports[0].name']);
    expect(fieldsFor([{ name: 'a--b', containerPort: 1 }])).toEqual(['ports[0].name']);
    expect(fieldsFor([{ name: '-web', containerPort: 1 }])).toEqual(['ports[0].name']);
    expect(
      fieldsFor([
        { name: 'web', containerPort: 80 },
        { name: 'web', containerPort: 81 },
      ]),
    ).toEqual(['ports[1].name']);
  });

  it('reports bad numbers and protocols', () => {
    expect(fieldsFor([{ name: 'web' }])).toEqual(['ports[0].containerPort']);
    expect(fieldsFor([{ containerPort: 70000, hostPort: -1, protocol: 'HTTP' }])).toEqual([
      'ports[0].containerPort',
      'ports[0].hostPort',
      'ports[0].protocol',
    ]);
  });

  it('stays quiet on valid ports, including hostPort 0 and the same name in two containers', () => {
    const d = design({
      containers: [
        container('app', {
          spec: { ports: [{ name: 'http', containerPort: 80, hostPort: 0, protocol: 'UDP' }] },
        }),
        container('proxy', {
          role: 'sidecar',
          spec: { ports: [{ name: 'http', containerPort: 15001 }] },
        }),
      ],
    });
    expect(runRule(rule, d)).toEqual([]);
  });
});
