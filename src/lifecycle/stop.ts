import { PRESTOP_EXTENSION_SECONDS } from '../model/facts/pod';
import { initContainersOf, isLegacySidecar, isNativeSidecar } from '../model/placement';
import type { Container, Design } from '../model/types';
import { stopSignalOf } from './clusterView';
import { hookSeconds } from './read';
import { type EventLog, inDeclarationOrder, listOf, secondsText } from './record';
import { KUBERNETES_TIMES } from './times';
import type { TimelinePhase } from './types';

/** What starts the termination and what it concerns. */
export interface StopInput {
  /** Model time at which the termination starts. */
  at: number;
  /** The grace budget, in seconds, shared by every container. */
  grace: number;
  /** The containers still running, to be stopped. */
  running: readonly Container[];
  /** True when native sidecars stop in reverse order after the main containers (1.29+). */
  ordered: boolean;
  /** Seconds each container needs between its stop signal and its exit. */
  drain: (name: string) => number;
  /** True when the Pod is deleted while it hangs in `Init` (only init containers run). */
  hung?: boolean;
  /** A sentence saying why the termination starts, put before the first event's reason. */
  cause?: string;
}

/** The outcome of a termination. */
export interface StopResult {
  steps: string[][];
  /** Model time at which the last container is gone. */
  end: number;
}

interface Stopped {
  c: Container;
  kind: 'main' | 'legacy' | 'sidecar' | 'init';
  waits: boolean;
  release: number;
  /** Released because the grace budget ran out, not because its turn came. */
  timedOut: boolean;
  /** Its preStop hook still runs when the grace period ends. */
  hookOverrun: boolean;
  exit: number;
}

const EXTENSION =
  'its preStop hook is still running when the grace period ends, so the kubelet stops waiting ' +
  `for it and gives the one-off ${secondsText(PRESTOP_EXTENSION_SECONDS)} extension`;

function kindOf(design: Design, c: Container, hung: boolean): Stopped['kind'] {
  if (isLegacySidecar(design, c)) return 'legacy';
  // A sidecar that runs while the Pod hangs in Init is a regular init container to the cluster.
  if (hung || !isNativeSidecar(design, c)) return c.role === 'main' ? 'main' : 'init';
  return 'sidecar';
}

function terminatingReason(s: Stopped, grace: number, design: Design, all: Stopped[]): string {
  const name = s.c.name;
  const stop = stopSignalOf(s.c);
  const signalName = stop ? `${stop} (its lifecycle.stopSignal)` : 'SIGTERM';
  const signal = `${name} gets ${signalName} with ${secondsText(grace)} of grace`;
  if (s.hookOverrun) {
    return `${name}: ${EXTENSION}: it gets ${signalName} now and SIGKILL ${secondsText(grace)} later if it has not exited.`;
  }
  const mains = all.filter((o) => o.kind === 'main').map((o) => o.c.name);
  const legacy = all.filter((o) => o.kind === 'legacy').map((o) => o.c.name);
  switch (s.kind) {
    case 'main':
      return legacy.length > 0
        ? `${signal}; the legacy sidecar${legacy.length > 1 ? 's' : ''} ${listOf(legacy)} get${legacy.length > 1 ? '' : 's'} theirs at about the same time, in arbitrary order.`
        : `${signal}.`;
    case 'legacy':
      return `${signal}: a legacy sidecar is stopped together with ${mains.length > 0 ? listOf(mains) : 'the main containers'}, in arbitrary order, so it may exit while they still drain.`;
    case 'init':
      return `${signal}: the Pod is deleted while it hangs in Init.`;
    default:
      if (!s.waits) {
        return `${signal} together with the main containers: on Kubernetes 1.${design.target.split('.')[1]} sidecars are not stopped in order (ordering arrived in 1.29).`;
      }
      if (s.timedOut) {
        return `The grace budget is used up: ${name}'s wait timed out, so it gets ${signalName} now with the minimum ${secondsText(KUBERNETES_TIMES.minimumGrace)} of grace, at the same time as the other containers still running, in no particular order.`;
      }
      return `${signal} left: every main container and every sidecar declared after it has exited, and sidecars stop in reverse declaration order.`;
  }
}

/**
 * Stop steps: the containers that do not wait for a turn are told to stop together when the
 * termination starts (their preStop hooks run at once); each sidecar whose turn comes is a step of
 * its own; sidecars released together because the grace budget ran out share one step.
 */
function stepsOf(stopped: Stopped[], at: number, declared: readonly string[]): string[][] {
  const groups = new Map<string, { when: number; rank: number; names: string[] }>();
  for (const s of stopped) {
    const key = !s.waits ? 'free' : s.timedOut ? 'late' : `turn:${s.c.name}`;
    const group = groups.get(key) ?? {
      when: s.waits ? s.release : at,
      rank: s.waits ? 1 : 0,
      names: [],
    };
    group.names.push(s.c.name);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.when - b.when || a.rank - b.rank)
    .map((group) => inDeclarationOrder(group.names, declared));
}

/**
 * The termination of the running containers (sidecar-rules.md §4.2): every `preStop` hook runs at
 * once; main containers (and legacy sidecars) get their stop signal when their hook is done;
 * with ordering, each native sidecar waits for all main containers and for the sidecars declared
 * after it, at most for the grace that is left; every container gets at least 2 s of grace, then
 * SIGKILL.
 */
export function simulateStop(design: Design, input: StopInput, events: EventLog): StopResult {
  let cause = input.cause;
  const log = {
    add(t: number, container: string, phase: TimelinePhase, reason: string): void {
      events.add(t, container, phase, cause ? `${cause} ${reason}` : reason);
      cause = undefined;
    },
  };
  const { at, grace: g0 } = input;
  const deadline = at + g0;
  const inits = initContainersOf(design);
  const stopped: Stopped[] = input.running.map((c) => {
    const kind = kindOf(design, c, input.hung === true);
    return {
      c,
      kind,
      waits: kind === 'sidecar' && input.ordered,
      release: at,
      timedOut: false,
      hookOverrun: false,
      exit: at,
    };
  });
  const byIndex = (s: Stopped) => inits.indexOf(s.c);
  const queue = [
    ...stopped.filter((s) => !s.waits),
    ...stopped.filter((s) => s.waits).sort((a, b) => byIndex(b) - byIndex(a)),
  ];
  for (const s of queue) {
    const name = s.c.name;
    const hook = hookSeconds(s.c, 'preStop');
    const hookEnd = hook !== undefined && g0 > 0 ? at + Math.min(hook, g0) : at;
    s.hookOverrun = hook !== undefined && g0 > 0 && hook > g0;
    if (hook !== undefined && g0 > 0) {
      const cut = s.hookOverrun
        ? ` It outlasts the ${secondsText(g0)} grace period: at its end the kubelet gives a one-off ${secondsText(PRESTOP_EXTENSION_SECONDS)} extension, then kills the container.`
        : '';
      log.add(
        at,
        name,
        'prestop',
        s.kind === 'sidecar'
          ? `${name}'s preStop hook runs now, at the start of termination, concurrently with the main containers' shutdown, not when ${name}'s turn comes.${cut}`
          : `${name}'s preStop hook runs first (about ${secondsText(hook)}); its stop signal waits for it.${cut}`,
      );
    }
    s.release = hookEnd;
    if (s.waits) {
      const prereqs = stopped.filter(
        (o) => !o.waits || (o.kind === 'sidecar' && byIndex(o) > byIndex(s)),
      );
      const names = prereqs.map((o) => o.c.name);
      const done = Math.max(at, ...prereqs.map((o) => o.exit));
      s.release = Math.min(Math.max(hookEnd, done), deadline);
      // Released by the end of the budget (its wait or its own hook ran out): all such
      // sidecars get their stop signal at the same moment, in no particular order.
      s.timedOut = s.release >= deadline;
      if (names.length > 0 && hookEnd < deadline) {
        const left = secondsText(Math.max(deadline - hookEnd, 0));
        log.add(
          hookEnd,
          name,
          'waiting',
          `${name} waits for ${listOf(names)} to exit before it gets its stop signal, at most for the ${left} of grace left.`,
        );
      }
    }
    const grace = Math.max(deadline - s.release, KUBERNETES_TIMES.minimumGrace);
    log.add(s.release, name, 'terminating', terminatingReason(s, grace, design, stopped));
    const drain = input.drain(name);
    s.exit = s.release + Math.min(drain, grace);
    if (drain > grace) {
      log.add(
        s.exit,
        name,
        'killed',
        `${name} is still running when its grace runs out and gets SIGKILL.`,
      );
    } else {
      log.add(s.exit, name, 'terminated', `${name} exits.`);
    }
  }
  const declared = design.containers.map((c) => c.name);
  return {
    steps: stepsOf(stopped, at, declared),
    end: Math.max(at, ...stopped.map((s) => s.exit)),
  };
}
