import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json';
import { container, design } from '../../testing/build';
import { check } from '../helpers/test-kit';
import { probeNamedPortMissing as rule } from './net-probe-named-port-missing';

const proxy = (ports: JsonObject[], port: string | number = 'admin') =>
  design({
    containers: [
      container('app', { spec: { ports: [{ name: 'admin', containerPort: 9901 }] } }),
      container('proxy', {
        role: 'sidecar',
        spec: { ports, startupProbe: { httpGet: { path: '/ready', port } } },
      }),
    ],
  });

describe('net/probe-named-port-missing (R34)', () => {
  it('fires on a probe whose port name only another container declares', () => {
    const findings = check(rule, proxy([]));
    expect(findings).toMatchObject([{ container: 'proxy', field: 'startupProbe.httpGet.port' }]);
    expect(findings[0]?.message).toContain("declared by 'app'");
    expect(rule.severity).toBe('warning');
  });

  it('checks hooks as well', () => {
    const d = design({
      containers: [
        container('app', {
          spec: { lifecycle: { preStop: { tcpSocket: { port: 'drain' } } } },
        }),
      ],
    });
    expect(check(rule, d)).toMatchObject([{ field: 'lifecycle.preStop.tcpSocket.port' }]);
  });

  it('stays quiet for a declared name or a number', () => {
    expect(check(rule, proxy([{ name: 'admin', containerPort: 9901 }]))).toEqual([]);
    expect(check(rule, proxy([], 9901))).toEqual([]);
    expect(check(rule, proxy([], '9901'))).toEqual([]);
  });
});
