import { isLegacySidecar } from '../model/placement';
import type { Design } from '../model/types';
import { hookSeconds, isJobKind, podRestartPolicy, probeOf, runProbe } from './read';
import { type EventLog, secondsText } from './record';
import type { StartResult } from './start';
import { readyAt } from './start-init';
import { MODEL_TIMES } from './times';

/**
 * A sidecar crashes once the Pod runs (sidecar-rules.md §3.4, §5.1). A native sidecar is
 * restarted after a back-off whatever the Pod's restartPolicy, and the main containers are not
 * told; a legacy sidecar follows the Pod's restartPolicy like any main container, so under
 * `Never` it is gone for good. `name` is the sidecar (see `scenarioContainer`); nothing happens
 * when it is undefined or does not run.
 */
export function simulateCrash(
  design: Design,
  start: StartResult,
  name: string | undefined,
  log: EventLog,
): void {
  if (start.hangsOn !== undefined || name === undefined) return;
  const sidecar = design.containers.find((c) => c.role === 'sidecar' && c.name === name);
  if (!sidecar || !start.running.has(sidecar.name)) return;
  const at = start.settledAt + MODEL_TIMES.steady;
  const s = sidecar.name;
  log.add(at, s, 'crashed', `${s} crashes: its process exits with code 1.`);
  const policy = podRestartPolicy(design);
  const legacy = isLegacySidecar(design, sidecar);
  if (legacy && policy === 'Never') {
    const retry = isJobKind(design) ? ', and the Job retries with a new Pod' : '';
    log.add(
      at,
      s,
      'blocked',
      `${s} is a legacy sidecar, so the Pod's restartPolicy Never applies to it like to any main ` +
        `container: it is not restarted and is gone for good; the main containers keep running ` +
        `without it, and because it exited non-zero the Pod ends as Failed${retry}.`,
    );
    return;
  }
  const backoff = secondsText(MODEL_TIMES.backoff);
  log.add(
    at,
    s,
    'restarting',
    legacy
      ? `${s} is a legacy sidecar, so it follows the Pod's restartPolicy ${policy} like any main ` +
          `container: the kubelet restarts it after a ${backoff} back-off. The other containers ` +
          `are not told; calls through ${s} fail until it is back.`
      : `The kubelet restarts ${s} after a ${backoff} back-off: a native sidecar is always ` +
          `restarted, whatever the Pod's restartPolicy (${policy} here). The main containers keep ` +
          `running and are not told; calls through ${s} fail until it is back.`,
  );
  const again = at + MODEL_TIMES.backoff;
  log.add(again, s, 'starting', `${s} starts again.`);
  const runningAt = again + MODEL_TIMES.containerStart;
  const base = runningAt + (hookSeconds(sidecar, 'postStart') ?? 0);
  const probe = probeOf(sidecar, 'startupProbe');
  const startedAt = probe ? runProbe(probe, base, runningAt + MODEL_TIMES.listen, false).at : base;
  log.add(startedAt, s, 'started', `${s} runs again and counts as started.`);
  log.add(
    readyAt(sidecar, runningAt, startedAt),
    s,
    'ready',
    `${s} reports ready again, and the Pod is Ready again.`,
  );
}
