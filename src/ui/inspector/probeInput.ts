import { defaultGates, minorOf } from '../../lint/context';
import { gracePeriodOf } from '../../lint/helpers/json-access';
import { portNameProblems } from '../../lint/helpers/ports';
import { isValidPort, OpError } from '../../model/ops';
import type { Design } from '../../model/types';
import type { Timing } from './probeValues';
import { listFromLines } from './specValues';

/** The largest value Kubernetes stores in these fields (a 32-bit integer). */
const INT32_MAX = 2147483647;

/** Refuses a value before it reaches the design. */
function refuse(message: string): never {
  throw new OpError(message);
}

/**
 * A probe or hook port typed by a person: a number from 1 to 65535 or, where `allowName`, the
 * name of one of the container's ports.
 */
export function parseHandlerPort(text: string, allowName: boolean): number | string {
  const value = text.trim();
  const numberMessage = allowName
    ? 'A port must be a whole number from 1 to 65535 or the name of a port (such as "http").'
    : 'A port must be a whole number from 1 to 65535.';
  if (value === '') refuse(numberMessage);
  if (/^[-+.\d]+$/.test(value)) {
    const port = Number(value);
    return isValidPort(port) ? port : refuse(numberMessage);
  }
  if (!allowName) refuse(`${numberMessage} gRPC probes do not accept port names.`);
  const problems = portNameProblems(value);
  if (problems.length > 0) {
    refuse(`"${value}" is not a port number or a valid port name: a name ${problems.join(', ')}.`);
  }
  return value;
}

/** A whole number typed by a person, or undefined for an empty field (the default applies). */
export function parseTiming(text: string, timing: Timing): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const number = Number(value);
  if (
    !/^[-+]?\d+(\.\d*)?$/.test(value) ||
    !Number.isInteger(number) ||
    number < timing.min ||
    number > INT32_MAX
  ) {
    const unit = timing.seconds ? ' of seconds' : '';
    const name = timing.label.replace(/ \(seconds\)$/, '');
    refuse(
      `${name} must be a whole number${unit} from ${timing.min}, or empty for the default (${timing.fallback}).`,
    );
  }
  return number;
}

/** The command of an exec handler, one entry a line; an empty command is refused. */
export function parseCommand(text: string): string[] {
  return listFromLines(text) ?? refuse('A command needs at least one line: the program to run.');
}

/** An HTTP path, or undefined for an empty field (Kubernetes then asks for "/"). */
export function parsePath(text: string): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  return value.startsWith('/') ? value : refuse('A path starts with "/", such as /healthz.');
}

/** What the pod allows for a sleep hook (sidecar-rules.md V-HOOK-1). */
export interface SleepLimits {
  allowZero: boolean;
  gracePeriod: number;
}

export function sleepLimitsOf(design: Design): SleepLimits {
  return {
    allowZero: defaultGates(minorOf(design.target)).podLifecycleSleepActionAllowZero,
    gracePeriod: gracePeriodOf(design),
  };
}

/** The seconds of a sleep hook typed by a person. */
export function parseSleepSeconds(text: string, limits: SleepLimits): number {
  const value = text.trim();
  const min = limits.allowZero ? 0 : 1;
  const number = Number(value);
  if (
    value === '' ||
    !/^[-+]?\d+(\.\d*)?$/.test(value) ||
    !Number.isInteger(number) ||
    number < min
  ) {
    refuse(`A sleep must be a whole number of seconds from ${min}.`);
  }
  if (number > limits.gracePeriod) {
    refuse(
      `A sleep may not be longer than the pod's terminationGracePeriodSeconds (${limits.gracePeriod}).`,
    );
  }
  return number;
}

/** A sleep hook's starting length: 5 seconds, or the grace period when that is shorter. */
export function defaultSleepSeconds(limits: SleepLimits): number {
  return Math.max(limits.allowZero ? 0 : 1, Math.min(5, limits.gracePeriod));
}
