import { defaultGates, minorOf } from '../../lint/context';
import { isJsonObject, type JsonObject, type JsonValue } from '../../model/json';
import { isValidPort, updateContainerSpec } from '../../model/ops';
import { findContainer, isNativeSidecar } from '../../model/placement';
import type { Container, Design } from '../../model/types';

export type ProbeField = 'livenessProbe' | 'readinessProbe' | 'startupProbe';
export type HookField = 'postStart' | 'preStop';
export type HandlerKind = 'exec' | 'httpGet' | 'tcpSocket' | 'grpc' | 'sleep';
/** What a probe or hook does: nothing, one handler, or something only the manifest can show. */
export type HandlerState = HandlerKind | 'off' | 'other';

/** The handlers a probe may use (sidecar-rules.md V-PRB-3). */
export const PROBE_HANDLERS: readonly HandlerKind[] = ['httpGet', 'tcpSocket', 'exec', 'grpc'];
/** The handlers the inspector offers for hooks (tcpSocket hooks do nothing and are not offered). */
export const HOOK_HANDLERS: readonly HandlerKind[] = ['exec', 'httpGet', 'sleep'];
const ALL_HANDLERS: readonly HandlerKind[] = ['exec', 'httpGet', 'tcpSocket', 'grpc', 'sleep'];

export interface ValueChoice {
  value: string;
  label: string;
}

const HANDLER_LABELS: Record<HandlerState, string> = {
  off: 'Off',
  httpGet: 'HTTP GET',
  tcpSocket: 'TCP socket',
  exec: 'Command (exec)',
  grpc: 'gRPC',
  sleep: 'Sleep',
  other: 'As written in the manifest',
};

export const PROBE_TITLES: Record<ProbeField, string> = {
  startupProbe: 'Startup probe',
  readinessProbe: 'Readiness probe',
  livenessProbe: 'Liveness probe',
};

export const HOOK_TITLES: Record<HookField, string> = {
  postStart: 'postStart hook',
  preStop: 'preStop hook',
};

/** Why a regular init container shows no probes or hooks. */
export const INIT_WITHOUT_PROBES =
  'Init containers without restartPolicy "Always" may not have probes or lifecycle hooks: Kubernetes rejects them. Make this container a sidecar to give it some.';

/** The timing fields of a probe, with the value Kubernetes uses when one is left out. */
export interface Timing {
  key: 'initialDelaySeconds' | 'periodSeconds' | 'timeoutSeconds' | 'failureThreshold';
  label: string;
  /** The smallest value that means what it says (0 stands for the default in the others). */
  min: number;
  fallback: number;
  seconds: boolean;
}

export const TIMINGS: readonly Timing[] = [
  {
    key: 'initialDelaySeconds',
    label: 'Initial delay (seconds)',
    min: 0,
    fallback: 0,
    seconds: true,
  },
  { key: 'periodSeconds', label: 'Period (seconds)', min: 1, fallback: 10, seconds: true },
  { key: 'timeoutSeconds', label: 'Timeout (seconds)', min: 1, fallback: 1, seconds: true },
  { key: 'failureThreshold', label: 'Failure threshold', min: 1, fallback: 3, seconds: false },
];

/** The object a probe, a hook or `lifecycle` holds, or undefined when it is absent. */
export function objectAtKey(value: JsonValue | undefined): JsonObject | undefined {
  return isJsonObject(value) ? value : undefined;
}

/** The handler a probe or hook sets; `other` for several, none, or one this editor does not offer. */
export function handlerOf(
  owner: JsonValue | undefined,
  offered: readonly HandlerKind[],
): HandlerState {
  if (owner === undefined || owner === null) return 'off';
  if (!isJsonObject(owner)) return 'other';
  const found = ALL_HANDLERS.filter((kind) => owner[kind] !== undefined && owner[kind] !== null);
  const [only] = found;
  return found.length === 1 && only !== undefined && offered.includes(only) ? only : 'other';
}

/** A value picked in a handler select as a state; anything unknown is `other`. */
export function asHandlerState(value: string, offered: readonly HandlerKind[]): HandlerState {
  if (value === 'off') return 'off';
  const kind = offered.find((k) => k === value);
  return kind ?? 'other';
}

/** The choices of a handler select: off, the offered handlers, and `other` only when it applies. */
export function handlerChoices(
  offered: readonly HandlerKind[],
  current: HandlerState,
): ValueChoice[] {
  const states: HandlerState[] = [
    'off',
    ...offered,
    ...(current === 'other' ? ['other' as const] : []),
  ];
  return states.map((state) => ({ value: state, label: HANDLER_LABELS[state] }));
}

/** What a new handler starts with; the person edits it right away. */
export interface HandlerDefaults {
  port: number;
  sleepSeconds: number;
}

function portOfHandler(owner: JsonObject): JsonValue | undefined {
  for (const kind of ['httpGet', 'tcpSocket', 'grpc'] as const) {
    const port = objectAtKey(owner[kind])?.port;
    if (typeof port === 'number' || typeof port === 'string') return port;
  }
  return undefined;
}

function newHandler(kind: HandlerKind, port: JsonValue, defaults: HandlerDefaults): JsonObject {
  switch (kind) {
    case 'httpGet':
      return { path: '/', port };
    case 'tcpSocket':
      return { port };
    case 'grpc':
      return { port: typeof port === 'number' ? port : defaults.port };
    case 'exec':
      return { command: ['true'] };
    case 'sleep':
      return { seconds: defaults.sleepSeconds };
  }
}

/**
 * A probe or hook switched to handler `kind` (undefined for `off`). Its other settings (timings,
 * thresholds) are kept, and a port carries over from the handler it replaces.
 */
export function withHandler(
  owner: JsonValue | undefined,
  kind: HandlerState,
  defaults: HandlerDefaults,
): JsonObject | undefined {
  if (kind === 'off') return undefined;
  const current = objectAtKey(owner) ?? {};
  if (kind === 'other') return current;
  const rest: JsonObject = {};
  for (const [key, value] of Object.entries(current)) {
    if (!(ALL_HANDLERS as readonly string[]).includes(key)) rest[key] = value;
  }
  const port = portOfHandler(current) ?? defaults.port;
  return { [kind]: newHandler(kind, port, defaults), ...rest };
}

/** A probe or hook with `field` of its `kind` handler set, or removed when `value` is undefined. */
export function withHandlerField(
  owner: JsonValue | undefined,
  kind: HandlerKind,
  field: string,
  value: JsonValue | undefined,
): JsonObject {
  const current = objectAtKey(owner) ?? {};
  const handler: JsonObject = { ...(objectAtKey(current[kind]) ?? {}) };
  if (value === undefined) delete handler[field];
  else handler[field] = value;
  return { ...current, [kind]: handler };
}

/** An object with `key` set, or removed when `value` is undefined; other keys keep their place. */
export function withKey(
  owner: JsonValue | undefined,
  key: string,
  value: JsonValue | undefined,
): JsonObject {
  const next: JsonObject = { ...(objectAtKey(owner) ?? {}) };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** `lifecycle` with `hook` replaced; undefined when nothing is left in it. */
export function withHook(
  lifecycle: JsonValue | undefined,
  hook: HookField,
  value: JsonObject | undefined,
): JsonObject | undefined {
  const next = withKey(lifecycle, hook, value);
  return Object.keys(next).length > 0 ? next : undefined;
}

/** True when Kubernetes accepts probes and lifecycle hooks on this container (§2.4). */
export function allowsProbesAndHooks(container: Container): boolean {
  return container.role !== 'init';
}

/** The probes in the order the inspector shows them: the startup probe first for sidecars. */
export function probeOrder(container: Container): ProbeField[] {
  return container.role === 'sidecar'
    ? ['startupProbe', 'readinessProbe', 'livenessProbe']
    : ['livenessProbe', 'readinessProbe', 'startupProbe'];
}

/** What a sidecar's startup probe means for the containers around it (§3.2, §5). */
export function startupProbeHint(design: Design, container: Container): string | undefined {
  if (container.role !== 'sidecar') return undefined;
  return isNativeSidecar(design, container)
    ? 'Containers declared after this sidecar wait until this probe succeeds.'
    : 'In legacy placement nothing waits for this probe: the other containers may start before this sidecar is ready.';
}

/** The port a new probe or hook checks: the container's first declared port, else 8080. */
export function defaultPortOf(container: Container): number {
  const ports = container.raw.ports;
  if (Array.isArray(ports)) {
    for (const entry of ports) {
      const port = isJsonObject(entry) ? entry.containerPort : undefined;
      if (typeof port === 'number' && isValidPort(port)) return port;
    }
  }
  return 8080;
}

/**
 * The restart policies a container may choose on the design's target, or undefined when the
 * field does not apply: sidecars follow their role and placement, and before 1.35
 * (ContainerRestartRules off) only sidecars may set one (sidecar-rules.md §1.2, §2.3).
 */
export function restartPolicyChoices(
  design: Design,
  container: Container,
): ValueChoice[] | undefined {
  if (container.role === 'sidecar') return undefined;
  if (!defaultGates(minorOf(design.target)).containerRestartRules) return undefined;
  const values =
    container.role === 'main' ? ['Always', 'OnFailure', 'Never'] : ['OnFailure', 'Never'];
  const current = container.raw.restartPolicy;
  if (typeof current === 'string' && current !== '' && !values.includes(current)) {
    values.push(current);
  }
  return [
    { value: '', label: "The pod's policy" },
    ...values.map((value) => ({ value, label: value })),
  ];
}

/** The hint beside the restart policy of a container. */
export function restartPolicyHint(container: Container): string {
  return container.role === 'main'
    ? 'Overrides the pod\'s restartPolicy for this container. "Always" does not make it a sidecar.'
    : 'Overrides the pod\'s restartPolicy while this init container runs. "Always" would make it a sidecar: change its role for that.';
}

/**
 * An op that replaces one Kubernetes field of container `name` with `change(current value)`;
 * undefined removes the field. It reads the field from the design it is applied to.
 */
export function editSpecField(
  name: string,
  field: string,
  change: (current: JsonValue | undefined) => JsonValue | undefined,
): (design: Design) => Design {
  return (design) => {
    const current = findContainer(design, name)?.raw[field];
    return updateContainerSpec(design, name, { [field]: change(current ?? undefined) });
  };
}
