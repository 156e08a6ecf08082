import { appContainersOf, isLegacySidecar } from '../model/placement';
import type { Design } from '../model/types';
import { isJobKind, neverExits, podGraceSeconds, podRestartPolicy } from './read';
import { type EventLog, listOf } from './record';
import type { StartResult } from './start';
import { simulateStop } from './stop';
import { MODEL_TIMES } from './times';

/** What the natural end needs besides the design and the start. */
export interface FinishContext {
  minor: number;
  /** True when native sidecars stop in reverse order (1.29+). */
  ordered: boolean;
  drain: (name: string) => number;
}

/**
 * The main containers run to completion (sidecar-rules.md §4.1, §4.4). With restartPolicy
 * `Never`/`OnFailure`, once every entry of `containers` has exited the kubelet stops the Pod and
 * its native sidecars (in reverse order); an entry that never exits (a legacy sidecar) keeps the
 * Pod `Running` forever. With `Always` the kubelet restarts what exited. Returns the stop steps.
 */
export function simulateFinish(
  design: Design,
  start: StartResult,
  context: FinishContext,
  log: EventLog,
): string[][] {
  if (start.hangsOn !== undefined) return [];
  const apps = appContainersOf(design).filter((c) => start.running.has(c.name));
  const finishing = apps.filter((c) => !neverExits(design, c, context.minor));
  const staying = apps.filter((c) => neverExits(design, c, context.minor));
  const exits = finishing.map((c) => (start.running.get(c.name) ?? 0) + MODEL_TIMES.mainRun);
  const done = Math.max(start.settledAt, ...exits);
  const policy = podRestartPolicy(design);
  const workload = isJobKind(design) ? 'the Job never completes' : 'the Pod never finishes';
  for (const [index, c] of finishing.entries()) {
    const at = exits[index] ?? done;
    log.add(at, c.name, 'completed', `${c.name} finishes its work and exits 0.`);
    if (policy === 'Always') {
      log.add(
        at,
        c.name,
        'restarting',
        `The Pod's restartPolicy is Always, so the kubelet restarts ${c.name} after a back-off; ` +
          `a ${design.kind}'s Pod runs until it is deleted.`,
      );
    }
  }
  if (policy === 'Always') return [];
  const exited = finishing.map((c) => c.name);
  if (staying.length > 0) {
    for (const c of staying) {
      log.add(
        done,
        c.name,
        'blocked',
        isLegacySidecar(design, c)
          ? `${c.name} is a legacy sidecar, a main container to Kubernetes, and never exits: the ` +
              `Pod stays Running, so ${workload} (until activeDeadlineSeconds or a manual deletion).`
          : `${c.name} has restartPolicy: Always, so the kubelet restarts it on every exit; it is ` +
              `not a sidecar, and ${workload}.`,
      );
    }
    return exited.length > 0 ? [exited] : [];
  }
  const sidecars = design.containers.filter((c) => start.running.has(c.name) && !apps.includes(c));
  const verdict = isJobKind(design)
    ? 'the Pod phase is Succeeded (decided by the main containers alone) and the Job counts a completion'
    : 'the Pod phase is Succeeded';
  if (sidecars.length === 0) {
    const last = finishing.at(-1);
    if (last)
      log.add(done, last.name, 'completed', `Every main container has exited 0: ${verdict}.`);
    return exited.length > 0 ? [exited] : [];
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
  return [...(exited.length > 0 ? [exited] : []), ...stop.steps];
}
