import type { Gates } from '../lint/types';
import { isJsonObject } from '../model/json';
import { appContainersOf, isLegacySidecar } from '../model/placement';
import type { Design } from '../model/types';
import { isJobKind, neverExits, podGraceSeconds } from './read';
import { type EventLog, listOf, secondsText } from './record';
import { onExit } from './restartRules';
import type { StartResult } from './start';
import { simulateStop } from './stop';
import { MODEL_TIMES } from './times';

/** What the natural end needs besides the design and the start. */
export interface FinishContext {
  minor: number;
  gates: Gates;
  /** True when native sidecars stop in reverse order (1.29+). */
  ordered: boolean;
  drain: (name: string) => number;
}

/** What the natural end leaves: its stop steps, and when the Pod was deleted, if it was. */
export interface FinishResult {
  steps: string[][];
  deletedAt?: number;
}

/** The Job's `activeDeadlineSeconds` (for a CronJob, its job template's), if set. */
function activeDeadline(design: Design): number | undefined {
  const template = design.controller.jobTemplate;
  const spec =
    design.kind === 'CronJob' && isJsonObject(template) && isJsonObject(template.spec)
      ? template.spec
      : design.controller;
  const value = spec.activeDeadlineSeconds;
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/**
 * A Pod whose main containers are done but where something never exits only ends when it is
 * deleted: by the Job controller at `activeDeadlineSeconds`, else by hand. Every container that
 * still runs then gets its stop signal.
 */
function deleteStuckPod(
  design: Design,
  start: StartResult,
  done: number,
  context: FinishContext,
  log: EventLog,
): FinishResult {
  const deadline = isJobKind(design) ? activeDeadline(design) : undefined;
  const at = deadline !== undefined ? Math.max(deadline, done) : done + MODEL_TIMES.steady;
  const grace = podGraceSeconds(design);
  const cause =
    deadline !== undefined
      ? `The Job's activeDeadlineSeconds (${secondsText(deadline)}) runs out: the Job fails with ` +
        `DeadlineExceeded and its Pod is deleted with a grace period of ${secondsText(grace)}.`
      : 'Nothing ends the Pod on its own: here someone deletes it by hand (kubectl delete pod), ' +
        `with a grace period of ${secondsText(grace)}.`;
  const running = design.containers.filter(
    (c) =>
      start.running.has(c.name) &&
      (neverExits(design, c, context.minor) || !appContainersOf(design).includes(c)),
  );
  const stop = simulateStop(
    design,
    { at, grace, running, ordered: context.ordered, drain: context.drain, cause },
    log,
  );
  return { steps: stop.steps, deletedAt: at };
}

/**
 * The main containers run to completion (sidecar-rules.md §4.1, §4.4). With restartPolicy
 * `Never`/`OnFailure`, once every entry of `containers` has exited the kubelet stops the Pod and
 * its native sidecars (in reverse order); an entry that never exits (a legacy sidecar) keeps the
 * Pod `Running` until it is deleted. With `Always` the kubelet restarts what exited. Returns the
 * stop steps.
 */
export function simulateFinish(
  design: Design,
  start: StartResult,
  context: FinishContext,
  log: EventLog,
): FinishResult {
  if (start.hangsOn !== undefined) return { steps: [] };
  const apps = appContainersOf(design).filter((c) => start.running.has(c.name));
  const finishing = apps.filter((c) => !neverExits(design, c, context.minor));
  const staying = apps.filter((c) => neverExits(design, c, context.minor));
  const exits = finishing.map((c) => (start.running.get(c.name) ?? 0) + MODEL_TIMES.mainRun);
  const done = Math.max(start.settledAt, ...exits);
  const workload = isJobKind(design) ? 'the Job never completes' : 'the Pod never finishes';
  const decisions = finishing.map((c) => onExit(design, c, 0, context.gates, false));
  for (const [index, c] of finishing.entries()) {
    const at = exits[index] ?? done;
    log.add(at, c.name, 'completed', `${c.name} finishes its work and exits 0.`);
    const decision = decisions[index];
    if (decision && decision.action !== 'stay') {
      log.add(
        at,
        c.name,
        'restarting',
        `The kubelet restarts ${c.name} after a back-off: ${decision.why}. ` +
          `A ${design.kind}'s Pod like this runs until it is deleted.`,
      );
    }
  }
  const restarted = finishing.filter((_, index) => decisions[index]?.action !== 'stay');
  if (restarted.length > 0) {
    const gone = finishing.filter((c) => !restarted.includes(c)).map((c) => c.name);
    return { steps: gone.length > 0 ? [gone] : [] };
  }
  const exited = finishing.map((c) => c.name);
  if (staying.length > 0) {
    for (const c of staying) {
      log.add(
        done,
        c.name,
        'blocked',
        isLegacySidecar(design, c)
          ? `${c.name} is a legacy sidecar, a main container to Kubernetes, and never exits: the ` +
              `Pod stays Running and not Ready, so ${workload} (until activeDeadlineSeconds or a deletion).`
          : `${c.name} has restartPolicy: Always, so the kubelet restarts it on every exit; it is ` +
              `not a sidecar, and ${workload}.`,
      );
    }
    const deletion = deleteStuckPod(design, start, done, context, log);
    return { ...deletion, steps: [...(exited.length > 0 ? [exited] : []), ...deletion.steps] };
  }
  const sidecars = design.containers.filter((c) => start.running.has(c.name) && !apps.includes(c));
  const verdict = isJobKind(design)
    ? 'the Pod phase is Succeeded (decided by the main containers alone) and the Job counts a completion'
    : 'the Pod phase is Succeeded';
  if (sidecars.length === 0) {
    const last = finishing.at(-1);
    if (last)
      log.add(done, last.name, 'completed', `Every main container has exited 0: ${verdict}.`);
    return { steps: exited.length > 0 ? [exited] : [] };
  }
  const cause =
    `${listOf(exited)} ${exited.length > 1 ? 'have' : 'has'} exited, so the kubelet stops the ` +
    `Pod and does not restart its sidecars; ${verdict}.`;
  const stop = simulateStop(
    design,
    {
      at: done,
      grace: podGraceSeconds(design),
      running: sidecars,
      ordered: context.ordered,
      drain: context.drain,
      cause,
    },
    log,
  );
  return { steps: [...(exited.length > 0 ? [exited] : []), ...stop.steps] };
}
