import { appContainersOf, initContainersOf } from '../model/placement';
import type { Design } from '../model/types';
import { type PrintedContainer, type PrintedPod, printPodColumns } from './podPrinter';
import { podRestartPolicy } from './read';
import type { RecordedEvent } from './record';
import type { TimelineEvent } from './types';

/** What the status columns need to know besides the events. */
export interface StatusContext {
  /** Init containers the cluster runs as native sidecars (`restartPolicy: Always` kept). */
  restartable: ReadonlySet<string>;
  /** Model time at which the Pod gets its deletion timestamp, if it is deleted. */
  deletedAt?: number;
}

interface Tracked extends PrintedContainer {
  restarts: number;
}

function waitingFor(reason: string): Tracked {
  return { state: 'waiting', reason, exitCode: 0, started: false, ready: false, restarts: 0 };
}

/** How one event changes the state the kubelet reports for its container. */
function apply(c: Tracked, event: RecordedEvent, defaultWaiting: string): void {
  const terminate = (exitCode: number, reason: string) => {
    Object.assign(c, { state: 'terminated', exitCode, reason, started: false, ready: false });
  };
  switch (event.phase) {
    case 'starting':
      if (c.restarts === 0) Object.assign(c, waitingFor(defaultWaiting));
      return;
    case 'running':
      Object.assign(c, { state: 'running', reason: '', started: false, ready: false });
      return;
    case 'started':
      Object.assign(c, { state: 'running', reason: '', started: true });
      return;
    case 'ready':
      Object.assign(c, { state: 'running', reason: '', started: true, ready: true });
      return;
    case 'completed':
    case 'terminated':
      terminate(0, 'Completed');
      return;
    case 'killed':
      terminate(137, 'Error');
      return;
    case 'crashed':
      terminate(1, 'Error');
      return;
    case 'restarting':
      Object.assign(c, { state: 'waiting', reason: 'CrashLoopBackOff', started: false });
      c.ready = false;
      c.restarts++;
      return;
    default:
      return;
  }
}

/** The Pod phase the kubelet computes (`getPhase`), from the containers' states. */
function phaseOf(
  design: Design,
  inits: readonly { c: Tracked; restartable: boolean }[],
  apps: readonly Tracked[],
  initialized: boolean,
  deleting: boolean,
): PrintedPod['phase'] {
  // A Pod being deleted restarts nothing: once its containers stop, its phase is terminal.
  const policy = deleting ? 'Never' : podRestartPolicy(design);
  const initFailed = inits.some(
    ({ c, restartable }) => !restartable && c.state === 'terminated' && c.exitCode !== 0,
  );
  if (initFailed && policy === 'Never') return 'Failed';
  if (!initialized) return 'Pending';
  let waiting = 0;
  let running = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const c of apps) {
    if (c.state === 'running') running++;
    else if (c.state === 'terminated') {
      stopped++;
      if (c.exitCode === 0) succeeded++;
    } else if (c.restarts > 0) stopped++;
    else waiting++;
  }
  if (waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (policy === 'Always') return 'Running';
  const terminal = stopped === succeeded ? 'Succeeded' : policy === 'Never' ? 'Failed' : 'Running';
  // The kubelet reports a terminal phase only once every container, sidecars too, has stopped.
  const sidecarRuns = inits.some(({ c, restartable }) => restartable && c.state === 'running');
  return sidecarRuns ? 'Running' : terminal;
}

/**
 * Gives every event the STATUS and READY columns `kubectl get pod` would print just after it
 * (DESIGN.md §6), by replaying the events over the containers' reported states.
 */
export function withPodStatus(
  design: Design,
  events: readonly RecordedEvent[],
  context: StatusContext,
): TimelineEvent[] {
  const initList = initContainersOf(design);
  const appList = appContainersOf(design);
  const appWaiting = initList.length > 0 ? 'PodInitializing' : 'ContainerCreating';
  const inits = initList.map((c) => ({
    name: c.name,
    c: waitingFor('PodInitializing'),
    restartable: context.restartable.has(c.name),
  }));
  const apps = appList.map((c) => ({ name: c.name, c: waitingFor(appWaiting) }));
  const byName = new Map<string, { c: Tracked; app: boolean }>([
    ...inits.map(({ name, c }) => [name, { c, app: false }] as const),
    ...apps.map(({ name, c }) => [name, { c, app: true }] as const),
  ]);
  let initialized = initList.length === 0;
  const allDone = () =>
    inits.every(({ c, restartable }) =>
      restartable ? c.started : c.state === 'terminated' && c.exitCode === 0,
    );
  return events.map((event) => {
    const deleting = context.deletedAt !== undefined && event.t >= context.deletedAt;
    const entry = byName.get(event.container);
    const rerun = inits.find(
      (i) => i.name === event.container && !i.restartable && i.c.state === 'terminated',
    );
    if (event.phase === 'starting' && rerun && rerun.c.exitCode === 0) {
      // A completed init container starts again: the whole Pod restarts in place.
      initialized = false;
      for (const { c } of byName.values())
        Object.assign(c, waitingFor('PodInitializing'), { restarts: c.restarts });
    }
    if (entry) apply(entry.c, event, entry.app ? appWaiting : 'PodInitializing');
    initialized ||= allDone();
    const counted = [
      ...inits.filter((i) => i.restartable).map((i) => i.c),
      ...apps.map((a) => a.c),
    ];
    const pod: PrintedPod = {
      phase: phaseOf(
        design,
        inits,
        apps.map((a) => a.c),
        initialized,
        deleting,
      ),
      initialized,
      ready: initialized && counted.every((c) => c.ready),
      deleting,
      initContainers: inits.map(({ c, restartable }) => ({ status: c, restartable })),
      containers: apps.map((a) => a.c),
    };
    return { ...event, ...printPodColumns(pod) };
  });
}
