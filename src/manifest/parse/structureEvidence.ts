import { isJsonObject, type JsonObject, type JsonValue } from '../../model/json';

/** The words of a container's `command` and `args`, as one text. */
export function commandText(container: JsonObject): string {
  const words = (value: JsonValue | undefined) =>
    Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : [];
  return [...words(container.command), ...words(container.args)].join(' ');
}

/** True when the command follows a file as it grows (`tail -f`, `tail -F`, `tail -n+1 -F`). */
export function followsFile(container: JsonObject): boolean {
  return /\btail\b[^|;&]*\s-[a-zA-Z0-9+]*[fF]\b/.test(commandText(container));
}

const SHELLS = /^(\/bin\/|\/usr\/bin\/)?(sh|bash|ash|dash)$/;
/** What keeps a script running: a loop, an endless sleep, a followed file, or exec of a server. */
const LONG_RUNNING =
  /\b(while|until)\b|for\s*\(\(|sleep\s+(infinity|inf)\b|\btail\b[^|;&]*\s-[a-zA-Z0-9+]*[fF]\b|\bexec\b|\bwait\b/;

/**
 * True when the container runs a shell script that ends by itself: `sh -c '…'` whose script
 * has no loop, endless sleep, followed file, `exec` or `wait`. Such a container in a Job does its
 * work and exits; it is not a long-running sidecar.
 */
export function runsFiniteScript(container: JsonObject): boolean {
  const command = Array.isArray(container.command) ? container.command : [];
  const first = command.find((w): w is string => typeof w === 'string') ?? '';
  if (!SHELLS.test(first)) return false;
  const text = commandText(container);
  return /\s-c\b/.test(` ${text}`) && !LONG_RUNNING.test(text);
}

function numericPort(handler: JsonValue | undefined): number | undefined {
  if (!isJsonObject(handler)) return undefined;
  for (const key of ['httpGet', 'tcpSocket', 'grpc']) {
    const action = handler[key];
    if (isJsonObject(action) && typeof action.port === 'number') return action.port;
  }
  return undefined;
}

/** The ports a container serves: its declared ports and the ports its own probes check. */
export function servedPorts(container: JsonObject): Set<number> {
  const ports = new Set<number>();
  if (Array.isArray(container.ports)) {
    for (const p of container.ports) {
      if (isJsonObject(p) && typeof p.containerPort === 'number') ports.add(p.containerPort);
    }
  }
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const port = numericPort(container[probe]);
    if (port !== undefined) ports.add(port);
  }
  return ports;
}

/** The localhost port a container's preStop hook calls, if it calls one. */
export function preStopPort(container: JsonObject): number | undefined {
  const lifecycle = isJsonObject(container.lifecycle) ? container.lifecycle : undefined;
  const hook = lifecycle?.preStop;
  const direct = numericPort(hook);
  if (direct !== undefined) return direct;
  if (!isJsonObject(hook) || !isJsonObject(hook.exec)) return undefined;
  const match = /(?:localhost|127\.0\.0\.1):(\d{1,5})/.exec(commandText(hook.exec));
  return match?.[1] ? Number(match[1]) : undefined;
}

/**
 * For each container whose preStop hook calls a port another container serves: the served
 * container's name → its helper's name and the port. The served one is the workload (Envoy
 * Gateway's `envoy` asks `shutdown-manager` to drain it); the helper is its sidecar.
 */
export function preStopHelpers(
  containers: readonly JsonObject[],
): Map<string, { helper: string; port: number }> {
  const result = new Map<string, { helper: string; port: number }>();
  for (const served of containers) {
    const port = preStopPort(served);
    if (port === undefined || servedPorts(served).has(port)) continue;
    const helper = containers.find((c) => c !== served && servedPorts(c).has(port));
    if (helper && typeof served.name === 'string' && typeof helper.name === 'string') {
      result.set(served.name, { helper: helper.name, port });
    }
  }
  return result;
}
