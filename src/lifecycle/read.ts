import { gateEnabled } from '../model/facts/gates';
import { graceSecondsOf, isJobKind as isJobKindFact, podRestartPolicyOf } from '../model/facts/pod';
import { isJsonObject, type JsonObject, type JsonValue } from '../model/json';
import { isLegacySidecar } from '../model/placement';
import type { Container, Design } from '../model/types';
import { KUBERNETES_TIMES, MODEL_TIMES } from './times';

export type { SidecarSupport } from '../model/facts/versions';
export { minorOf, sidecarSupport } from '../model/facts/versions';

/** True for Job and CronJob, whose Pods are meant to finish. */
export function isJobKind(design: Design): boolean {
  return isJobKindFact(design);
}

/** The Pod's `restartPolicy`, `Always` when unset. */
export function podRestartPolicy(design: Design): string {
  return podRestartPolicyOf(design.podSpec);
}

/** The Pod's grace period (model/facts `graceSecondsOf`), 30 when unset. */
export function podGraceSeconds(design: Design): number {
  return graceSecondsOf(design.podSpec);
}

/**
 * True for an entry of `containers` that never exits on its own in this model: a legacy sidecar
 * (a long-running helper), or from 1.35 a main container with `restartPolicy: Always`, which the
 * kubelet restarts on every exit (sidecar-rules.md §4.4).
 */
export function neverExits(design: Design, container: Container, minor: number): boolean {
  if (isLegacySidecar(design, container)) return true;
  return (
    gateEnabled('ContainerRestartRules', minor) &&
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
