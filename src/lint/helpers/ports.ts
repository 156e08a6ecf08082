import { isPortNumber, portNameProblems } from '../../model/facts/ports';
import type { JsonObject, JsonValue } from '../../model/json';
import { objectAt } from '../../model/jsonRead';
import type { Container } from '../../model/types';
import { arrayOf, fieldOf, objectOf } from './json-access';

export { isPortNumber, PORT_NAME_MAX, portNameProblems } from '../../model/facts/ports';

/**
 * What is wrong with a probe or hook port, which is a number (1–65535) or the name of a port;
 * undefined when it is valid.
 */
export function portNumOrNameProblem(value: JsonValue | undefined): string | undefined {
  if (value === undefined || value === null) return 'is required';
  if (typeof value === 'number') {
    return isPortNumber(value) ? undefined : `${value} is not a port number from 1 to 65535`;
  }
  if (typeof value === 'string') {
    const problems = portNameProblems(value);
    if (problems.length === 0) return undefined;
    return `"${value}" is neither a port number nor a valid port name (a name ${problems.join(', ')})`;
  }
  return 'must be a port number or a port name';
}

export interface IndexedPort {
  index: number;
  port: JsonObject;
}

/** The entries of a container's `ports` that are objects, with their index. */
export function portsOf(container: Container): IndexedPort[] {
  const result: IndexedPort[] = [];
  (arrayOf(fieldOf(container, 'ports')) ?? []).forEach((entry, index) => {
    const port = objectOf(entry);
    if (port) result.push({ index, port });
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
