import type { Gates } from '../lint/types';

/**
 * The lifecycle timeline: what the `timeline` command prints as JSON (DESIGN.md §6) and what the
 * page's "Lifecycle" region and the learning mode show.
 */

/**
 * What happens to a container at one moment of the model.
 *
 * - `waiting`: not started yet (or, during termination, waiting for its turn); the reason says for what.
 * - `starting`: the kubelet pulls the image, creates and starts the container.
 * - `running`: the process runs but does not count as started yet (a `postStart` hook or a
 *   `startupProbe` is pending), or a regular init container is doing its work.
 * - `started`: counts as started: the next container of the sequence may start.
 * - `ready`: reports ready, which counts toward the Pod's `Ready` condition.
 * - `completed`: exited 0 on its own.
 * - `prestop`: its `preStop` hook runs.
 * - `terminating`: received its stop signal (SIGTERM) with the grace that is left.
 * - `terminated`: exited after its stop signal.
 * - `killed`: received SIGKILL because its grace ran out.
 * - `crashed`: exited unexpectedly.
 * - `restarting`: the kubelet restarts it after a back-off.
 * - `blocked`: it, or the Pod through it, cannot go on (never starts, never exits, never completes).
 */
export type TimelinePhase =
  | 'waiting'
  | 'starting'
  | 'running'
  | 'started'
  | 'ready'
  | 'completed'
  | 'prestop'
  | 'terminating'
  | 'terminated'
  | 'killed'
  | 'crashed'
  | 'restarting'
  | 'blocked';

/** Every phase, in the order a container usually passes through them. */
export const TIMELINE_PHASES: readonly TimelinePhase[] = [
  'waiting',
  'starting',
  'running',
  'started',
  'ready',
  'completed',
  'prestop',
  'terminating',
  'terminated',
  'killed',
  'crashed',
  'restarting',
  'blocked',
];

/** One moment of the timeline. */
export interface TimelineEvent {
  /** Seconds since the Pod's sandbox was ready: a deterministic model time, not wall-clock time. */
  t: number;
  container: string;
  phase: TimelinePhase;
  /** A full sentence for a person. */
  reason: string;
  /**
   * The STATUS column `kubectl get pod` would print just after this event ("Init:1/2",
   * "PodInitializing", "Running", "NotReady", "Completed", "Init:CrashLoopBackOff",
   * "Terminating", ...), computed as kubectl's pod printer computes it.
   */
  status: string;
  /** The READY column at the same moment ("1/3"): restartable init containers count. */
  ready: string;
}

/**
 * The start and stop sequence of one workload's Pod.
 *
 * `start` and `stop` are lists of steps in order; a step is the list of container names (in
 * declaration order) that start, or are told to stop, without waiting for each other. In the
 * natural end of a Job the first stop step holds the main containers, which exit on their own;
 * scenarios without a stop phase (`start`, `sidecar-crash`) have an empty `stop`.
 */
export interface Timeline {
  start: string[][];
  stop: string[][];
  /** For Job and CronJob: can the Pod ever finish? `null` for every other kind. */
  completes: boolean | null;
  /** Ordered by time; events at the same time keep the order in which they happen. */
  events: TimelineEvent[];
}

/**
 * What to simulate after the start:
 * - `start`: the start sequence up to the steady state;
 * - `delete`: the Pod is deleted once it runs (grace period, termination ordering);
 * - `main-exits`: the main containers run to completion (the natural end of a Job);
 * - `sidecar-crash`: a sidecar crashes once the Pod runs, and what happens then;
 * - `init-fails`: a regular init container exits 1 (the Pod fails, or it restarts with back-off);
 * - `probe-fails`: a container's startupProbe never succeeds (it is killed and restarted, and
 *   everything declared after a sidecar keeps waiting).
 */
export type LifecycleScenario =
  | 'start'
  | 'delete'
  | 'main-exits'
  | 'sidecar-crash'
  | 'init-fails'
  | 'probe-fails';

/** Every scenario, for menus and command-line validation. */
export const LIFECYCLE_SCENARIOS: readonly LifecycleScenario[] = [
  'start',
  'delete',
  'main-exits',
  'sidecar-crash',
  'init-fails',
  'probe-fails',
];

/** Choices for one simulation; every field is optional. */
export interface LifecycleOptions {
  /** Default: `main-exits` for Job and CronJob, `delete` for every other kind. */
  scenario?: LifecycleScenario;
  /**
   * The container a scenario acts on: the sidecar that crashes (`sidecar-crash`), the regular
   * init container that fails (`init-fails`), the container whose startupProbe never succeeds
   * (`probe-fails`). Default: the first that fits (see `scenarioContainer`).
   */
  container?: string;
  /** For `sidecar-crash`, the same as `container` (kept for existing callers). */
  crash?: string;
  /**
   * Model seconds a container needs between its stop signal and its exit, by container name
   * (default `MODEL_TIMES.drain`). Lets a person ask "what if app drains for 40 s?".
   */
  drainSeconds?: Record<string, number>;
  /** The deletion's grace period (`kubectl delete --grace-period`). Default: the Pod's own. */
  gracePeriodSeconds?: number;
  /** Overrides the default of the `SidecarContainers` feature gate for the target version. */
  sidecarContainersGate?: boolean;
  /** Overrides other feature gates' defaults for the target version. */
  gates?: Partial<Gates>;
}
