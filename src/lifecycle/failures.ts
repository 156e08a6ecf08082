import type { Container } from '../model/types';
import { probeOf } from './read';
import { type EventLog, secondsText } from './record';
import type { ExitDecision } from './restartRules';
import { KUBERNETES_TIMES, MODEL_TIMES } from './times';

/** How many failures a scenario shows before it says that the loop goes on. */
export const SHOWN_FAILURES = 3;

/** The kubelet's restart back-off before restart number `n` (0-based): 10 s, 20 s, 40 s … 300 s. */
export function backoffBefore(n: number): number {
  return Math.min(MODEL_TIMES.backoff * 2 ** n, KUBERNETES_TIMES.maxBackoff);
}

/**
 * A regular init container that exits with `code` (sidecar-rules.md §3.2). When nothing restarts
 * it (`restartPolicy: Never`) the Pod fails at once; otherwise (`OnFailure`, `Always`, a restart
 * rule) the kubelet restarts it with a growing back-off (`Init:CrashLoopBackOff`). Either way
 * nothing declared after it starts. Returns the model time of the last event.
 */
export function failInit(
  c: Container,
  t: number,
  code: number,
  decision: ExitDecision,
  log: EventLog,
): number {
  const name = c.name;
  let at = t;
  for (let n = 0; n < SHOWN_FAILURES; n++) {
    log.add(
      at,
      name,
      'starting',
      n === 0
        ? `${name} starts: a regular init container, which must exit 0 before anything declared after it starts.`
        : `${name} starts again after its back-off.`,
    );
    const runningAt = at + MODEL_TIMES.containerStart;
    log.add(runningAt, name, 'running', `${name} runs its task.`);
    const exit = runningAt + MODEL_TIMES.initRun;
    log.add(exit, name, 'crashed', `${name} fails: its process exits with code ${code}.`);
    if (decision.action === 'stay') {
      log.add(
        exit,
        name,
        'blocked',
        `${name} is not retried (${decision.why}): the Pod fails (phase Failed) and nothing ` +
          'declared after it ever starts.',
      );
      return exit;
    }
    const backoff = backoffBefore(n);
    log.add(
      exit,
      name,
      'restarting',
      `The kubelet restarts ${name} (${decision.why}) after a ` +
        `${secondsText(backoff)} back-off (CrashLoopBackOff); the init sequence starts over at ` +
        `${name}, and nothing declared after it starts meanwhile.`,
    );
    at = exit + backoff;
  }
  log.add(
    at,
    name,
    'blocked',
    `${name} keeps failing: the back-off doubles up to ${secondsText(KUBERNETES_TIMES.maxBackoff)} ` +
      'and the Pod stays in Init until the init container succeeds or the Pod is deleted.',
  );
  return at;
}

/**
 * A container whose startup probe never succeeds: after `failureThreshold` failures in a row the
 * kubelet kills it and restarts it after a back-off, again and again (a native sidecar is always
 * restarted; a main container only when the Pod's restartPolicy allows). `runningAt` is when its
 * process first runs. Returns the model time of the last event.
 */
export function failStartupProbe(
  c: Container,
  runningAt: number,
  restarts: boolean,
  holdsBack: string,
  log: EventLog,
): number {
  const probe = probeOf(c, 'startupProbe');
  if (!probe) return runningAt;
  const name = c.name;
  const threshold = probe.failureThreshold;
  let running = runningAt;
  for (let n = 0; n < SHOWN_FAILURES; n++) {
    if (n > 0) {
      log.add(running - MODEL_TIMES.containerStart, name, 'starting', `${name} starts again.`);
      log.add(running, name, 'running', `${name} runs; its startupProbe starts over.`);
    }
    const gaveUp = running + probe.initialDelaySeconds + (threshold - 1) * probe.periodSeconds;
    log.add(
      gaveUp,
      name,
      'killed',
      `${name}'s startupProbe failed ${threshold} time${threshold === 1 ? '' : 's'} in a row ` +
        `(failureThreshold ${threshold}, every ${probe.periodSeconds} s): the kubelet kills it. ` +
        holdsBack,
    );
    if (!restarts) {
      log.add(
        gaveUp,
        name,
        'blocked',
        `The Pod's restartPolicy is Never, so ${name} is not restarted and the Pod ends as Failed.`,
      );
      return gaveUp;
    }
    const backoff = backoffBefore(n);
    log.add(
      gaveUp,
      name,
      'restarting',
      `The kubelet restarts ${name} after a ${secondsText(backoff)} back-off (CrashLoopBackOff).`,
    );
    running = gaveUp + backoff + MODEL_TIMES.containerStart;
  }
  const end = running - MODEL_TIMES.containerStart;
  log.add(
    end,
    name,
    'blocked',
    `${name}'s startupProbe never succeeds, so the kill and restart repeat with a back-off that ` +
      `doubles up to ${secondsText(KUBERNETES_TIMES.maxBackoff)}. ${holdsBack}`,
  );
  return end;
}
