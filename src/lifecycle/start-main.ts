import { appContainersOf, isLegacySidecar } from '../model/placement';
import type { Container, Design } from '../model/types';
import { failStartupProbe } from './failures';
import { hookSeconds, probeOf, runProbe } from './read';
import { type EventLog, listOf, secondsText } from './record';
import { readyAt } from './start-init';
import { MODEL_TIMES } from './times';

/** Where the start of the entries of `containers` left the Pod. */
export interface MainResult {
  steps: string[][];
  /** Every entry of `containers` with the time it counts as started. */
  started: Map<string, number>;
  /** Every entry of `containers` with the time it reports ready. */
  ready: Map<string, number>;
}

/**
 * Splits the entries of `containers` into start steps: the kubelet starts them in order within
 * one sync without waiting for each other, except that each `postStart` hook must return before
 * the next entry is started (sidecar-rules.md §3.3).
 */
function stepsOf(apps: readonly Container[]): Container[][] {
  const steps: Container[][] = [];
  let step: Container[] = [];
  for (const c of apps) {
    step.push(c);
    if (hookSeconds(c, 'postStart') !== undefined) {
      steps.push(step);
      step = [];
    }
  }
  if (step.length > 0) steps.push(step);
  return steps;
}

function startReason(design: Design, c: Container, step: Container[], first: boolean): string {
  const others = step.filter((o) => o !== c).map((o) => o.name);
  const legacy = step.filter((o) => o !== c && isLegacySidecar(design, o)).map((o) => o.name);
  const hooked = step.length === 1 && hookSeconds(c, 'postStart') !== undefined;
  if (isLegacySidecar(design, c)) {
    if (hooked && first) {
      return (
        `${c.name} starts: a legacy sidecar declared first with a postStart hook, so the ` +
        'kubelet starts the containers after it only once that hook returns (the legacy ' +
        'workaround for start order).'
      );
    }
    const mains = others.length > 0 ? listOf(others) : 'the other containers';
    return (
      `${c.name} starts: a legacy sidecar is just one more entry of containers to Kubernetes, ` +
      `so it starts together with ${mains} in no guaranteed order; ${mains} may already run ` +
      `before ${c.name} listens.`
    );
  }
  let reason = `${c.name} starts: a main container, started once the Pod is initialized.`;
  if (legacy.length > 0) {
    reason +=
      ` It starts together with the legacy sidecar${legacy.length > 1 ? 's' : ''} ` +
      `${listOf(legacy)} in no guaranteed order and does not wait for ${listOf(legacy)} to be ` +
      'ready, so its first calls through it may fail.';
  }
  return reason;
}

/**
 * Records, at time 0, what each entry of `containers` waits for: the init sequence, or the
 * `postStart` hook of the entry declared before it.
 */
export function recordMainWaits(design: Design, hasInit: boolean, log: EventLog): void {
  const steps = stepsOf(appContainersOf(design));
  for (const [index, step] of steps.entries()) {
    const previous = steps[index - 1]?.at(-1);
    for (const c of step) {
      if (previous) {
        log.add(
          0,
          c.name,
          'waiting',
          `${c.name} waits for ${previous.name}'s postStart hook to return: the kubelet starts ` +
            'the entries of containers in order and waits for each postStart hook.',
        );
      } else if (hasInit) {
        log.add(
          0,
          c.name,
          'waiting',
          `${c.name} waits for the init sequence: the entries of containers start once every ` +
            'regular init container has exited 0 and every native sidecar has started.',
        );
      }
    }
  }
}

/**
 * The start of the entries of `containers` (main containers and legacy sidecars) once the Pod is
 * initialized at `from` (sidecar-rules.md §3.3, §5.1).
 */
export function simulateMain(
  design: Design,
  from: number,
  log: EventLog,
  failures?: { probe?: string; policy: string },
): MainResult {
  const result: MainResult = { steps: [], started: new Map(), ready: new Map() };
  const steps = stepsOf(appContainersOf(design));
  let t = from;
  for (const [index, step] of steps.entries()) {
    result.steps.push(step.map((c) => c.name));
    let next = t;
    for (const c of step) {
      log.add(t, c.name, 'starting', startReason(design, c, step, index === 0));
      const runningAt = t + MODEL_TIMES.containerStart;
      const hook = hookSeconds(c, 'postStart');
      const base = runningAt + (hook ?? 0);
      if (hook !== undefined) {
        log.add(
          runningAt,
          c.name,
          'running',
          `${c.name} runs; its postStart hook takes about ${secondsText(hook)}, and the kubelet ` +
            'starts the next entry of containers only when it returns.',
        );
        next = base;
      }
      const probe = probeOf(c, 'startupProbe');
      if (probe && c.name === failures?.probe) {
        log.add(
          runningAt,
          c.name,
          'running',
          `${c.name} runs, but its startupProbe does not succeed, so it never counts as started.`,
        );
        failStartupProbe(
          c,
          base,
          failures.policy !== 'Never',
          'The other containers are not told; the Pod is not Ready without it.',
          log,
        );
        continue;
      }
      const startedAt = probe
        ? runProbe(probe, base, runningAt + MODEL_TIMES.listen, false).at
        : base;
      log.add(
        startedAt,
        c.name,
        'started',
        probe
          ? `${c.name}'s startupProbe succeeded: it counts as started.`
          : `${c.name} runs and counts as started.`,
      );
      result.started.set(c.name, startedAt);
      result.ready.set(c.name, readyAt(c, runningAt, startedAt));
    }
    t = next;
  }
  return result;
}
