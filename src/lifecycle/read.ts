import { defaultGates } from '../lint/context';
import { isJsonObject, type JsonObject, type JsonValue } from '../model/json';
import { isLegacySidecar } from '../model/placement';
import type { Container, Design } from '../model/types';
import { KUBERNETES_TIMES, MODEL_TIMES } from './times';

/**
 * How the target cluster treats `initContainers[].restartPolicy: Always` (sidecar-rules.md §1.1,
 * §1.3): `full` (1.29+ with the gate on: ordered start and stop), `unordered` (1.28 with the gate
 * on: ordered start, but sidecars stop together with the main containers), `dropped` (gate off:
 * the API server clears the field) and `unknown-field` (1.27 and older).
 */
export type SidecarSupport = 'full' | 'unordered' | 'dropped' | 'unknown-field';

/** The minor number of a version such as "1.31" (31). */
export function minorOf(target: string): number {
  const minor = Number(target.split('.')[1]);
  return Number.isFinite(minor) ? minor : 0;
}

/** How a cluster of this minor version, with the gate at its default or as given, runs sidecars. */
export function sidecarSupport(minor: number, gate?: boolean): SidecarSupport {
  if (minor <= 27) return 'unknown-field';
  // GA and locked from 1.33; beta and on by default from 1.29; alpha and off by default in 1.28.
  const enabled = minor >= 33 ? true : (gate ?? minor >= 29);
  if (!enabled) return 'dropped';
  return minor >= 29 ? 'full' : 'unordered';
}

/** True for Job and CronJob, whose Pods are meant to finish. */
export function isJobKind(design: Design): boolean {
  return design.kind === 'Job' || design.kind === 'CronJob';
}

/** The Pod's `restartPolicy`, `Always` when unset. */
export function podRestartPolicy(design: Design): string {
  const policy = design.podSpec.restartPolicy;
  return typeof policy === 'string' ? policy : 'Always';
}

/** The Pod's `terminationGracePeriodSeconds`, 30 when unset. */
export function podGraceSeconds(design: Design): number {
  const grace = design.podSpec.terminationGracePeriodSeconds;
  return typeof grace === 'number' && grace >= 0 ? grace : KUBERNETES_TIMES.defaultGrace;
}

/**
 * True for an entry of `containers` that never exits on its own in this model: a legacy sidecar
 * (a long-running helper), or from 1.35 a main container with `restartPolicy: Always`, which the
 * kubelet restarts on every exit (sidecar-rules.md §4.4).
 */
export function neverExits(design: Design, container: Container, minor: number): boolean {
  if (isLegacySidecar(design, container)) return true;
  return (
    defaultGates(minor).containerRestartRules &&
    container.role === 'main' &&
    container.raw.restartPolicy === 'Always'
  );
}

function objectAt(object: JsonObject, key: string): JsonObject | undefined {
  const value = object[key];
  return isJsonObject(value) ? value : undefined;
}

function numberAt(object: JsonObject | undefined, key: string): number | undefined {
  const value = object?.[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function sleepInCommand(command: JsonValue | undefined): number | undefined {
  if (!Array.isArray(command)) return undefined;
  const words = command.filter((word): word is string => typeof word === 'string');
  for (const [index, word] of words.entries()) {
    const next = words[index + 1];
    if (word === 'sleep' && next !== undefined && /^\d+(\.\d+)?$/.test(next)) return Number(next);
    const match = /(?:^|[\s;&|(])sleep\s+(\d+(?:\.\d+)?)(?=$|[\s;&|)])/.exec(word);
    if (match?.[1]) return Number(match[1]);
  }
  return undefined;
}

/**
 * The model duration of a container's `postStart` or `preStop` hook: `sleep.seconds`, or the
 * number of an `exec` of `sleep N`, else `MODEL_TIMES.hook`. Undefined when there is no hook.
 */
export function hookSeconds(
  container: Container,
  hook: 'postStart' | 'preStop',
): number | undefined {
  const lifecycle = objectAt(container.raw, 'lifecycle');
  const handler = lifecycle ? objectAt(lifecycle, hook) : undefined;
  if (!handler) return undefined;
  const sleep = numberAt(objectAt(handler, 'sleep'), 'seconds');
  if (sleep !== undefined) return sleep;
  const exec = objectAt(handler, 'exec');
  return sleepInCommand(exec?.command) ?? MODEL_TIMES.hook;
}

/** The timing fields of a probe, with Kubernetes' defaults filled in. */
export interface ProbeTiming {
  initialDelaySeconds: number;
  periodSeconds: number;
  failureThreshold: number;
}

/** A container's `startupProbe` or `readinessProbe` timing, if it has that probe. */
export function probeOf(
  container: Container,
  probe: 'startupProbe' | 'readinessProbe',
): ProbeTiming | undefined {
  const raw = objectAt(container.raw, probe);
  if (!raw) return undefined;
  return {
    initialDelaySeconds: numberAt(raw, 'initialDelaySeconds') ?? KUBERNETES_TIMES.probeInitialDelay,
    periodSeconds: Math.max(1, numberAt(raw, 'periodSeconds') ?? KUBERNETES_TIMES.probePeriod),
    failureThreshold: Math.max(
      1,
      numberAt(raw, 'failureThreshold') ?? KUBERNETES_TIMES.probeFailureThreshold,
    ),
  };
}

/** When a probe first succeeds, or when it gives up. */
export interface ProbeOutcome {
  ok: boolean;
  /** Model time of the first success, or of the failure that reaches the threshold. */
  at: number;
  /** Failed attempts before that moment. */
  failures: number;
}

/**
 * Runs a probe in the model: the first attempt `initialDelaySeconds` after `from`, then one every
 * `periodSeconds`; an attempt succeeds once the process listens (`listensAt`). A startup probe
 * gives up after `failureThreshold` failures in a row.
 */
export function runProbe(
  probe: ProbeTiming,
  from: number,
  listensAt: number,
  giveUp: boolean,
): ProbeOutcome {
  const first = from + probe.initialDelaySeconds;
  const failures = first >= listensAt ? 0 : Math.ceil((listensAt - first) / probe.periodSeconds);
  if (giveUp && failures >= probe.failureThreshold) {
    return {
      ok: false,
      at: first + (probe.failureThreshold - 1) * probe.periodSeconds,
      failures: probe.failureThreshold,
    };
  }
  return { ok: true, at: first + failures * probe.periodSeconds, failures };
}
