import { describe, expect, it } from 'vitest';
import { container, design } from '../../testing/build';
import { freePort, portIndexOf } from './free-port';
import { declaredPorts, handlerPorts } from './ports';

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
