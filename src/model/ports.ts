import { isJsonObject } from './json';
import { arrayAt, numberAt, stringAt } from './jsonRead';
import type { Container } from './types';

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

/** The entries of a container's `ports`, in order. */
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
