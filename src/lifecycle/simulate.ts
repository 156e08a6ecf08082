import { defaultGates } from '../lint/context';
import { appContainersOf, initContainersOf, isNativeSidecar } from '../model/placement';
import type { Design } from '../model/types';
import { clusterView } from './clusterView';
import { simulateCrash } from './crash';
import { simulateFinish } from './finish';
import { withPodStatus } from './podStatus';
import {
  isJobKind,
  minorOf,
  neverExits,
  podGraceSeconds,
  podRestartPolicy,
  type SidecarSupport,
  sidecarSupport,
} from './read';
import { EventLog, type RecordedEvent, secondsText } from './record';
import { scenarioContainer } from './scenario';
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

function restartableInits(design: Design, support: SidecarSupport): Set<string> {
  const runs = support === 'full' || support === 'unordered';
  return new Set(
    initContainersOf(design)
      .filter((c) => runs && isNativeSidecar(design, c))
      .map((c) => c.name),
  );
}

/** Adds what the cluster dropped from a container to the first event that concerns it. */
function withNotes(events: RecordedEvent[], notes: Map<string, string>): RecordedEvent[] {
  const told = new Set<string>();
  return events.map((event) => {
    const note = notes.get(event.container);
    if (note === undefined || told.has(event.container)) return event;
    told.add(event.container);
    return { ...event, reason: `${event.reason} ${note}` };
  });
}

/**
 * Simulates the lifecycle of a design's Pod (sidecar-rules.md §3–§5): the start sequence, then the
 * chosen scenario (by default a Job's natural end, or a deletion for every other kind). Every
 * event carries the STATUS and READY columns `kubectl get pod` would print just after it. The
 * result is deterministic: the same design and options always give the same timeline.
 */
export function simulateLifecycle(asDesigned: Design, options: LifecycleOptions = {}): Timeline {
  const minor = minorOf(asDesigned.target);
  const support = sidecarSupport(minor, options.sidecarContainersGate);
  const gates = { ...defaultGates(minor), ...options.gates };
  const { design, notes } = clusterView(asDesigned, gates);
  const scenario = options.scenario ?? defaultScenario(design);
  const target = scenarioContainer(design, scenario, options.container ?? options.crash);
  const policy = podRestartPolicy(design);
  const drain = (name: string): number => {
    const seconds = options.drainSeconds?.[name];
    return typeof seconds === 'number' && seconds >= 0 ? seconds : MODEL_TIMES.drain;
  };
  const ordered = support === 'full';
  const log = new EventLog();
  const start = simulateStart(design, support, minor, log, {
    policy,
    gates,
    init: scenario === 'init-fails' ? target : undefined,
    probe: scenario === 'probe-fails' ? target : undefined,
  });
  let stop: string[][] = [];
  let deletedAt: number | undefined;
  if (scenario === 'delete') {
    const grace = options.gracePeriodSeconds ?? podGraceSeconds(design);
    const running = design.containers.filter((c) => start.running.has(c.name));
    deletedAt = start.settledAt + MODEL_TIMES.steady;
    const result = simulateStop(
      design,
      {
        at: deletedAt,
        grace,
        running,
        ordered,
        drain,
        hung: start.hangsOn !== undefined,
        cause: `The Pod is deleted with a grace period of ${secondsText(grace)}.`,
      },
      log,
    );
    stop = result.steps;
  } else if (scenario === 'main-exits') {
    const finish = simulateFinish(design, start, { minor, gates, ordered, drain }, log);
    stop = finish.steps;
    deletedAt = finish.deletedAt;
  } else if (scenario === 'sidecar-crash') {
    simulateCrash(design, start, target, { gates, support, minor }, log);
  } else if (start.failed) {
    // The Pod failed in Init: the kubelet stops the sidecars that were already running.
    const running = design.containers.filter((c) => start.running.has(c.name));
    stop = simulateStop(
      design,
      {
        at: start.settledAt,
        grace: podGraceSeconds(design),
        running,
        ordered,
        drain,
        cause: 'The Pod has failed, so the kubelet stops the sidecars that still run.',
      },
      log,
    ).steps;
  }
  return {
    start: start.steps,
    stop,
    completes: podCompletes(design, start, minor),
    events: withPodStatus(design, withNotes(log.ordered(), notes), {
      restartable: restartableInits(design, support),
      deletedAt,
    }),
  };
}
