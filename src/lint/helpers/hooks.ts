import type { JsonObject } from '../../model/json';
import { arrayAt, numberAt, objectAt, stringsOf } from '../../model/jsonRead';
import type { Container } from '../../model/types';
import { HOOK_HANDLERS, handlerProblems } from './handlers';
import { isSet, objectOf } from './json-access';
import type { Problem } from './problem';

/** The hook fields of `lifecycle`. */
export const HOOK_FIELDS = ['postStart', 'preStop'] as const;

const LINUX_SIGNALS = new Set([
  ...'ABRT ALRM BUS CHLD CLD CONT FPE HUP ILL INT IO IOT KILL PIPE POLL PROF PWR QUIT SEGV STKFLT STOP SYS TERM TRAP TSTP TTIN TTOU URG USR1 USR2 VTALRM WINCH XCPU XFSZ RTMIN RTMAX'
    .split(' ')
    .map((s) => `SIG${s}`),
  ...Array.from({ length: 15 }, (_, i) => `SIGRTMIN+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `SIGRTMAX-${i + 1}`),
]);
const WINDOWS_SIGNALS = new Set(['SIGTERM', 'SIGKILL']);

/** What the pod contributes to hook validation. */
export interface HookContext {
  /** The pod's terminationGracePeriodSeconds (30 when unset). */
  gracePeriod: number;
  /** True when `sleep.seconds: 0` is allowed (PodLifecycleSleepActionAllowZero). */
  allowZeroSleep: boolean;
  /** The pod's `spec.os.name`, if set. */
  os: string | undefined;
  /** True when `lifecycle.stopSignal` is kept (ContainerStopSignals on). */
  stopSignals?: boolean;
  /** The target version, for messages. */
  target?: string;
}

/** Problems that make the API server reject a container's `lifecycle` (V-PRB-3/4, V-HOOK-1/2). */
export function lifecycleProblems(lifecycle: JsonObject, context: HookContext): Problem[] {
  const problems: Problem[] = [];
  for (const hook of HOOK_FIELDS) {
    const handler = objectOf(lifecycle[hook]);
    if (!isSet(lifecycle[hook])) continue;
    const path = `lifecycle.${hook}`;
    if (!handler) {
      problems.push({ field: path, message: 'must be an object with one handler' });
      continue;
    }
    problems.push(...handlerProblems(handler, path, HOOK_HANDLERS));
    if (isSet(handler.sleep)) problems.push(...sleepProblems(handler, path, context));
  }
  const signal = lifecycle.stopSignal;
  if (isSet(signal) && context.stopSignals === false) {
    // ContainerStopSignals is alpha and off by default (KEP-4960, model/facts gates): the API
    // server drops the field, so the container gets the image's STOPSIGNAL or SIGTERM.
    problems.push({
      field: 'lifecycle.stopSignal',
      message: `is dropped by a Kubernetes ${context.target ?? ''} API server unless the ContainerStopSignals feature gate is on (alpha since 1.33, off by default up to 1.37): the container is stopped with its image's STOPSIGNAL or SIGTERM`,
      severity: 'info',
    });
  } else if (isSet(signal)) {
    problems.push(...stopSignalProblems(String(signal), context.os));
  }
  return problems;
}

function sleepProblems(handler: JsonObject, path: string, context: HookContext): Problem[] {
  const seconds = objectOf(handler.sleep)?.seconds;
  const field = `${path}.sleep.seconds`;
  if (typeof seconds !== 'number' || !Number.isInteger(seconds)) {
    return [{ field, message: 'must be a whole number of seconds' }];
  }
  const minimum = context.allowZeroSleep ? 0 : 1;
  if (seconds < minimum) {
    return [{ field, message: `is ${seconds}; it must be at least ${minimum}` }];
  }
  if (seconds > context.gracePeriod) {
    return [
      {
        field,
        message: `is ${seconds}, longer than the pod's terminationGracePeriodSeconds (${context.gracePeriod}); shorten the sleep or raise the grace period`,
      },
    ];
  }
  return [];
}

function stopSignalProblems(signal: string, os: string | undefined): Problem[] {
  const field = 'lifecycle.stopSignal';
  if (os !== 'linux' && os !== 'windows') {
    return [{ field, message: 'needs the pod to state its operating system in spec.os.name' }];
  }
  const allowed = os === 'windows' ? WINDOWS_SIGNALS : LINUX_SIGNALS;
  if (allowed.has(signal)) return [];
  const hint =
    os === 'windows'
      ? 'Windows pods support only SIGTERM and SIGKILL'
      : 'use a Linux signal name such as SIGTERM';
  return [{ field, message: `"${signal}" is not a supported stop signal; ${hint}` }];
}

/** True when the sidecar tells the kubelet when it is ready to serve (§3.2): probe or postStart. */
export function hasStartupSignal(container: Container): boolean {
  return (
    objectAt(container.raw, 'startupProbe') !== undefined ||
    objectAt(objectAt(container.raw, 'lifecycle'), 'postStart') !== undefined
  );
}

export function hasPostStart(container: Container): boolean {
  return objectAt(objectAt(container.raw, 'lifecycle'), 'postStart') !== undefined;
}

export function hasPreStop(container: Container): boolean {
  return objectAt(objectAt(container.raw, 'lifecycle'), 'preStop') !== undefined;
}

/** A `preStop` whose duration is known, with the field that states it. */
export interface KnownPreStop {
  seconds: number;
  field: string;
}

const SLEEP_COMMAND = /^\s*(?:exec\s+)?(?:\/bin\/|\/usr\/bin\/)?sleep\s+(\d+)\s*;?\s*$/;

/** The duration of a `preStop` that is `sleep.seconds` or an `exec` of `sleep <d>`. */
export function preStopSeconds(container: Container): KnownPreStop | undefined {
  const preStop = objectAt(objectAt(container.raw, 'lifecycle'), 'preStop');
  if (!preStop) return undefined;
  const sleep = numberAt(objectAt(preStop, 'sleep'), 'seconds');
  if (sleep !== undefined) return { seconds: sleep, field: 'lifecycle.preStop.sleep.seconds' };
  const command = stringsOf(arrayAt(objectAt(preStop, 'exec'), 'command'));
  const field = 'lifecycle.preStop.exec.command';
  const [first, second, third] = command;
  if (first === undefined) return undefined;
  if (/(^|\/)sleep$/.test(first) && second !== undefined && /^\d+$/.test(second)) {
    return command.length === 2 ? { seconds: Number(second), field } : undefined;
  }
  const isShell = /(^|\/)(sh|bash|ash|dash)$/.test(first) && second === '-c';
  const match = isShell && third !== undefined ? SLEEP_COMMAND.exec(third) : null;
  return match?.[1] !== undefined ? { seconds: Number(match[1]), field } : undefined;
}
