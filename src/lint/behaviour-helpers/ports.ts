import { isJsonObject } from '../../model/json';
import type { Container } from '../../model/types';
import { arrayAt, numberAt, objectAt, stringAt } from './raw';

/** One entry of a container's `ports`, read leniently. */
export interface DeclaredPort {
  /** Index in `ports`. */
  index: number;
  containerPort?: number;
  /** Defaults to TCP, as the API server does. */
  protocol: string;
  name?: string;
  hostPort?: number;
  hostIP: string;
}

export function declaredPorts(container: Container): DeclaredPort[] {
  const result: DeclaredPort[] = [];
  arrayAt(container.raw, 'ports').forEach((entry, index) => {
    if (!isJsonObject(entry)) return;
    const port: DeclaredPort = {
      index,
      protocol: stringAt(entry, 'protocol') ?? 'TCP',
      hostIP: stringAt(entry, 'hostIP') ?? '',
    };
    const containerPort = numberAt(entry, 'containerPort');
    if (containerPort !== undefined) port.containerPort = containerPort;
    const name = stringAt(entry, 'name');
    if (name !== undefined) port.name = name;
    const hostPort = numberAt(entry, 'hostPort');
    if (hostPort !== undefined) port.hostPort = hostPort;
    result.push(port);
  });
  return result;
}

/** A port that a probe or lifecycle hook of a container connects to. */
export interface HandlerPort {
  /** Field path inside the container, e.g. `startupProbe.httpGet.port`. */
  field: string;
  port: string | number;
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HOOKS = ['postStart', 'preStop'] as const;
const ACTIONS = ['httpGet', 'tcpSocket'] as const;

/** The `httpGet`/`tcpSocket` ports of the container's probes and hooks. */
export function handlerPorts(container: Container): HandlerPort[] {
  const handlers: Array<[string, ReturnType<typeof objectAt>]> = [
    ...PROBES.map((p): [string, ReturnType<typeof objectAt>] => [p, objectAt(container.raw, p)]),
    ...HOOKS.map((h): [string, ReturnType<typeof objectAt>] => [
      `lifecycle.${h}`,
      objectAt(objectAt(container.raw, 'lifecycle'), h),
    ]),
  ];
  const result: HandlerPort[] = [];
  for (const [path, handler] of handlers) {
    for (const action of ACTIONS) {
      const port = objectAt(handler, action)?.port;
      if (typeof port === 'string' || typeof port === 'number') {
        result.push({ field: `${path}.${action}.port`, port });
      }
    }
  }
  return result;
}

/** True for a string port that is a name rather than digits. */
export function isPortName(port: string | number): port is string {
  return typeof port === 'string' && !/^\d+$/.test(port);
}
