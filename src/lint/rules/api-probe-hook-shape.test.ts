import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json';
import { container, design } from '../../testing/build';
import { createContext } from '../context';
import { runRule } from '../helpers/test-kit';
import type { Gates } from '../types';
import { apiProbeHookShape as rule } from './api-probe-hook-shape';

function fieldsFor(
  spec: JsonObject,
  podSpec: JsonObject = {},
  target: '1.31' | '1.34' = '1.31',
  gates: Partial<Gates> = {},
) {
  const d = design({ target, podSpec, containers: [container('app', { spec })] });
  return runRule(rule, d, createContext(target, gates)).map((f) => f.field);
}

describe('api/probe-hook-shape (R07)', () => {
  it('reports successThreshold 2 on a sidecar liveness probe', () => {
    const sidecar = container('proxy', {
      role: 'sidecar',
      spec: { livenessProbe: { tcpSocket: { port: 80 }, successThreshold: 2 } },
    });
    const findings = runRule(rule, design({ containers: [container('app'), sidecar] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      container: 'proxy',
      field: 'livenessProbe.successThreshold',
      path: 'spec.initContainers[0].livenessProbe.successThreshold',
    });
  });

  it('reports missing, extra and malformed handlers', () => {
    expect(fieldsFor({ readinessProbe: { periodSeconds: 5 } })).toEqual(['readinessProbe']);
    expect(
      fieldsFor({ livenessProbe: { exec: { command: ['x'] }, tcpSocket: { port: 8 } } }),
    ).toEqual(['livenessProbe']);
    expect(fieldsFor({ startupProbe: { exec: { command: [] } } })).toEqual([
      'startupProbe.exec.command',
    ]);
    expect(fieldsFor({ readinessProbe: { httpGet: { port: 70000, scheme: 'FTP' } } })).toEqual([
      'readinessProbe.httpGet.port',
      'readinessProbe.httpGet.scheme',
    ]);
    expect(fieldsFor({ readinessProbe: { tcpSocket: { port: 'Metrics' } } })).toEqual([
      'readinessProbe.tcpSocket.port',
    ]);
  });

  it('reports negative timings and a grace period on a readiness probe', () => {
    const probe = { tcpSocket: { port: 80 }, periodSeconds: -1, terminationGracePeriodSeconds: 5 };
    expect(fieldsFor({ readinessProbe: probe })).toEqual([
      'readinessProbe.periodSeconds',
      'readinessProbe.terminationGracePeriodSeconds',
    ]);
  });

  it('reports a preStop sleep longer than the grace period', () => {
    const lifecycle = { preStop: { sleep: { seconds: 60 } } };
    expect(fieldsFor({ lifecycle }, { terminationGracePeriodSeconds: 30 })).toEqual([
      'lifecycle.preStop.sleep.seconds',
    ]);
    expect(fieldsFor({ lifecycle }, { terminationGracePeriodSeconds: 90 })).toEqual([]);
  });

  it('allows a zero sleep only once the version allows it', () => {
    const lifecycle = { preStop: { sleep: { seconds: 0 } } };
    expect(fieldsFor({ lifecycle })).toEqual(['lifecycle.preStop.sleep.seconds']);
    expect(fieldsFor({ lifecycle }, {}, '1.34')).toEqual([]);
  });

  it('with ContainerStopSignals on, reports a stop signal without spec.os.name or unsupported on Windows', () => {
    const on = { containerStopSignals: true };
    const lifecycle = { stopSignal: 'SIGUSR1' };
    expect(fieldsFor({ lifecycle }, {}, '1.31', on)).toEqual(['lifecycle.stopSignal']);
    expect(fieldsFor({ lifecycle }, { os: { name: 'linux' } }, '1.31', on)).toEqual([]);
    expect(fieldsFor({ lifecycle }, { os: { name: 'windows' } }, '1.31', on)).toEqual([
      'lifecycle.stopSignal',
    ]);
  });

  it('with the gate at its default (off up to 1.37), says the stop signal is dropped', () => {
    const d = design({
      target: '1.37',
      podSpec: { os: { name: 'linux' } },
      containers: [container('app', { spec: { lifecycle: { stopSignal: 'SIGUSR1' } } })],
    });
    const [finding] = runRule(rule, d);
    expect(finding).toMatchObject({ severity: 'info', field: 'lifecycle.stopSignal' });
    expect(finding?.message).toContain('ContainerStopSignals');
  });

  it('stays quiet on well-formed probes and hooks, and leaves regular init containers to R06', () => {
    const spec = {
      livenessProbe: { tcpSocket: { port: 80 }, successThreshold: 1 },
      readinessProbe: { httpGet: { port: 'http', path: '/ready' } },
      startupProbe: { grpc: { port: 9090 } },
      lifecycle: { postStart: { exec: { command: ['echo'] } }, preStop: { sleep: { seconds: 5 } } },
    };
    expect(fieldsFor(spec)).toEqual([]);
    const init = container('setup', { role: 'init', spec: { readinessProbe: {} } });
    expect(runRule(rule, design({ containers: [container('app'), init] }))).toEqual([]);
  });
});
