import { describe, expect, it } from 'vitest';
import { declaredPorts } from '../../model/ports';
import { container, design } from '../../testing/build';
import { freePort, portIndexOf } from './free-port';
import { isDns1123Label } from './names';
import { handlerPorts, isPortNumber, portNameProblems, portNumOrNameProblem } from './ports';

describe('port names', () => {
  it('accepts IANA service names', () => {
    for (const name of ['http', 'http-metrics', 'h2c', 'a1'])
      expect(portNameProblems(name)).toEqual([]);
  });

  it('gives one problem per broken rule', () => {
    expect(portNameProblems('Metrics')).toHaveLength(1);
    expect(portNameProblems('prometheus-metrics')).toHaveLength(1);
    expect(portNameProblems('1234')).toHaveLength(1);
    expect(portNameProblems('-a--b-')).toHaveLength(2);
  });
});

describe('port numbers', () => {
  it('accepts whole numbers from 1 to 65535', () => {
    expect(isPortNumber(1)).toBe(true);
    expect(isPortNumber(65535)).toBe(true);
    expect(isPortNumber(0)).toBe(false);
    expect(isPortNumber(65536)).toBe(false);
    expect(isPortNumber(80.5)).toBe(false);
    expect(isPortNumber('80')).toBe(false);
  });

  it('accepts a number or a name for probes', () => {
    expect(portNumOrNameProblem(8080)).toBeUndefined();
    expect(portNumOrNameProblem('http')).toBeUndefined();
    expect(portNumOrNameProblem('8080')).toContain('neither');
    expect(portNumOrNameProblem(undefined)).toBe('is required');
  });
});

describe('DNS-1123 labels', () => {
  it('follows the Kubernetes pattern', () => {
    expect(isDns1123Label('app-1')).toBe(true);
    expect(isDns1123Label('App')).toBe(false);
    expect(isDns1123Label('-app')).toBe(false);
    expect(isDns1123Label('a'.repeat(64))).toBe(false);
  });
});

describe('ports', () => {
  it('reads declared ports with the TCP default', () => {
    const c = container('app', { spec: { ports: [{ name: 'http', containerPort: 80 }, 'junk'] } });
    expect(declaredPorts(c)).toEqual([
      { index: 0, name: 'http', containerPort: 80, protocol: 'TCP', hostIP: '' },
    ]);
  });

  it('lists the ports of probes and hooks with their field paths', () => {
    const c = container('app', {
      spec: {
        readinessProbe: { httpGet: { port: 'http' } },
        lifecycle: { preStop: { tcpSocket: { port: 81 } } },
      },
    });
    expect(handlerPorts(c)).toEqual([
      { field: 'readinessProbe.httpGet.port', port: 'http' },
      { field: 'lifecycle.preStop.tcpSocket.port', port: 81 },
    ]);
  });

  it('finds a port nothing in the design uses', () => {
    const d = design({
      containers: [
        container('app', { spec: { ports: [{ containerPort: 8080 }, { containerPort: 8081 }] } }),
      ],
      links: [{ from: 'x', to: 'app', port: 8082 }],
    });
    expect(freePort(d, 8080)).toBe(8083);
    expect(portIndexOf('ports[3].containerPort')).toBe(3);
    expect(portIndexOf('image')).toBeUndefined();
  });
});
