import type { Gates } from '../lint/types';
import { isLegacySidecar, isNativeSidecar } from '../model/placement';
import type { Design } from '../model/types';
import {
  hookSeconds,
  isJobKind,
  podRestartPolicy,
  probeOf,
  runProbe,
  type SidecarSupport,
} from './read';
import { type EventLog, listOf, ShiftedLog, secondsText } from './record';
import { crashCode, type ExitDecision, onExit } from './restartRules';
import { type StartResult, simulateStart } from './start';
import { readyAt } from './start-init';
import { MODEL_TIMES } from './times';

/** What a crash needs to know about the cluster. */
export interface CrashContext {
  gates: Gates;
  support: SidecarSupport;
  minor: number;
}

/**
 * `RestartAllContainers` (KEP-5532): the kubelet stops every container still running and runs
 * the whole Pod again in place, from its first init container.
 */
function restartAll(
  design: Design,
  start: StartResult,
  crashed: string,
  at: number,
  decision: ExitDecision,
  context: CrashContext,
  log: EventLog,
): void {
  const others = design.containers.filter((c) => c.name !== crashed && start.running.has(c.name));
  const names = others.map((c) => c.name);
  log.add(
    at,
    crashed,
    'restarting',
    `The kubelet restarts every container of the Pod in place (${decision.why}): it stops ` +
      `${names.length > 0 ? listOf(names) : 'nothing else'}, then runs the init sequence again ` +
      'from the first init container; the Pod keeps its IP and volumes.',
  );
  for (const c of others) {
    log.add(at, c.name, 'terminating', `${c.name} is stopped: the whole Pod restarts.`);
    log.add(at + MODEL_TIMES.drain, c.name, 'terminated', `${c.name} exits.`);
  }
  simulateStart(
    design,
    context.support,
    context.minor,
    new ShiftedLog(log, at + MODEL_TIMES.drain),
  );
}

/**
 * A sidecar crashes once the Pod runs (sidecar-rules.md §3.4, §5.1). A native sidecar is
 * restarted after a back-off whatever the Pod's restartPolicy, and the main containers are not
 * told; a legacy sidecar follows its restart rules and restartPolicy like any main container,
 * so under `Never` it is gone for good; a `RestartAllContainers` rule restarts the whole Pod.
 * `name` is the sidecar (see `scenarioContainer`); nothing happens when it is undefined or does
 * not run.
 */
export function simulateCrash(
  design: Design,
  start: StartResult,
  name: string | undefined,
  context: CrashContext,
  log: EventLog,
): void {
  if (start.hangsOn !== undefined || name === undefined) return;
  const sidecar = design.containers.find((c) => c.role === 'sidecar' && c.name === name);
  if (!sidecar || !start.running.has(sidecar.name)) return;
  const at = start.settledAt + MODEL_TIMES.steady;
  const s = sidecar.name;
  const code = crashCode(sidecar);
  log.add(at, s, 'crashed', `${s} crashes: its process exits with code ${code}.`);
  const legacy = isLegacySidecar(design, sidecar);
  const native =
    isNativeSidecar(design, sidecar) &&
    (context.support === 'full' || context.support === 'unordered');
  const decision = onExit(design, sidecar, code, context.gates, native);
  if (decision.action === 'restart-all') {
    restartAll(design, start, s, at, decision, context, log);
    return;
  }
  if (decision.action === 'stay') {
    const retry = isJobKind(design) ? ', and the Job retries with a new Pod' : '';
    log.add(
      at,
      s,
      'blocked',
      `${s} is a legacy sidecar, so it follows the Pod's restart rules like any main container, ` +
        `and ${decision.why}: it is not restarted and is gone for good; the main containers keep ` +
        `running without it, and because it exited non-zero the Pod ends as Failed${retry}.`,
    );
    return;
  }
  const backoff = secondsText(MODEL_TIMES.backoff);
  log.add(
    at,
    s,
    'restarting',
    legacy
      ? `${s} is a legacy sidecar, so it follows the Pod's restart rules like any main ` +
          `container (${decision.why}): the kubelet restarts it after a ${backoff} back-off. The ` +
          `other containers are not told; calls through ${s} fail until it is back.`
      : `The kubelet restarts ${s} after a ${backoff} back-off: ${decision.why}, whatever the ` +
          `Pod's restartPolicy (${podRestartPolicy(design)} here). The main containers keep ` +
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
