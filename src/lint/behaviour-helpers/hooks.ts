import type { Container } from '../../model/types';
import { arrayAt, numberAt, objectAt, stringsOf } from './raw';

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
