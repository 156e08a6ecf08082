import { appContainersOf } from '../model/placement';
import type { Design } from '../model/types';
import { simulateCrash } from './crash';
import { simulateFinish } from './finish';
import { isJobKind, minorOf, neverExits, podGraceSeconds, sidecarSupport } from './read';
import { EventLog, secondsText } from './record';
import { type StartResult, simulateStart } from './start';
import { simulateStop } from './stop';
import { MODEL_TIMES } from './times';
import type { LifecycleOptions, LifecycleScenario, Timeline } from './types';

/** The scenario simulated when the options name none: a Job's natural end, else a deletion. */
export function defaultScenario(design: Design): LifecycleScenario {
  return isJobKind(design) ? 'main-exits' : 'delete';
}

/**
 * Can the Pod of a Job or CronJob ever finish? `false` when it hangs in `Init` or when an entry
 * of `containers` never exits (a legacy sidecar); `null` for every other kind.
 */
export function podCompletes(design: Design, start: StartResult, minor: number): boolean | null {
  if (!isJobKind(design)) return null;
  if (start.hangsOn !== undefined) return false;
  return !appContainersOf(design).some((c) => neverExits(design, c, minor));
}

/**
 * Simulates the lifecycle of a design's Pod (sidecar-rules.md §3–§5): the start sequence, then the
 * chosen scenario (by default a Job's natural end, or a deletion for every other kind). The result
 * is deterministic: the same design and options always give the same timeline.
 */
export function simulateLifecycle(design: Design, options: LifecycleOptions = {}): Timeline {
  const minor = minorOf(design.target);
  const support = sidecarSupport(minor, options.sidecarContainersGate);
  const scenario = options.scenario ?? defaultScenario(design);
  const drain = (name: string): number => {
    const seconds = options.drainSeconds?.[name];
    return typeof seconds === 'number' && seconds >= 0 ? seconds : MODEL_TIMES.drain;
  };
  const log = new EventLog();
  const start = simulateStart(design, support, minor, log);
  let stop: string[][] = [];
  if (scenario === 'delete') {
    const grace = options.gracePeriodSeconds ?? podGraceSeconds(design);
    const running = design.containers.filter((c) => start.running.has(c.name));
    const result = simulateStop(
      design,
      {
        at: start.settledAt + MODEL_TIMES.steady,
        grace,
        running,
        ordered: support === 'full',
        drain,
        hung: start.hangsOn !== undefined,
        cause: `The Pod is deleted with a grace period of ${secondsText(grace)}.`,
      },
      log,
    );
    stop = result.steps;
  } else if (scenario === 'main-exits') {
    stop = simulateFinish(design, start, { minor, ordered: support === 'full', drain }, log);
  } else if (scenario === 'sidecar-crash') {
    simulateCrash(design, start, options.crash, log);
  }
  return {
    start: start.steps,
    stop,
    completes: podCompletes(design, start, minor),
    events: log.ordered(),
  };
}
