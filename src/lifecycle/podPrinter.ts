/**
 * The STATUS and READY columns of `kubectl get pod`, computed the way kubectl's pod printer
 * computes them (kubernetes/kubernetes `pkg/printers/internalversion/printers.go`, `printPod`,
 * 1.29+ with restartable init containers): from the Pod's phase, its Initialized and Ready
 * conditions, its deletion timestamp and the state of every container.
 */

/** The state of one container as the Pod's status reports it. */
export interface PrintedContainer {
  state: 'waiting' | 'running' | 'terminated';
  /** `state.waiting.reason` or `state.terminated.reason` ("PodInitializing", "Completed", ...). */
  reason: string;
  /** `state.terminated.exitCode`. */
  exitCode: number;
  /** The `started` field: the startupProbe (and postStart hook) have succeeded. */
  started: boolean;
  ready: boolean;
}

/** What the printer reads of a Pod. */
export interface PrintedPod {
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  /** The Initialized condition. */
  initialized: boolean;
  /** The Ready condition. */
  ready: boolean;
  /** True once a deletion timestamp is set. */
  deleting: boolean;
  /** `spec.initContainers` in order, with `restartable` for `restartPolicy: Always`. */
  initContainers: readonly { status: PrintedContainer; restartable: boolean }[];
  /** `spec.containers` in order. */
  containers: readonly PrintedContainer[];
}

/** The two columns. */
export interface PodColumns {
  status: string;
  ready: string;
}

function terminatedReason(c: PrintedContainer, prefix: string): string {
  return c.reason !== '' ? `${prefix}${c.reason}` : `${prefix}ExitCode:${c.exitCode}`;
}

/** The STATUS and READY columns for a Pod, as `kubectl get pod` prints them. */
export function printPodColumns(pod: PrintedPod): PodColumns {
  let reason: string = pod.phase;
  let readyCount = 0;
  const total = pod.containers.length + pod.initContainers.filter((c) => c.restartable).length;

  let initializing = false;
  for (const [index, { status: c, restartable }] of pod.initContainers.entries()) {
    if (c.state === 'terminated' && c.exitCode === 0) continue;
    if (restartable && c.started) {
      if (c.ready) readyCount++;
      continue;
    }
    if (c.state === 'terminated') reason = terminatedReason(c, 'Init:');
    else if (c.state === 'waiting' && c.reason !== '' && c.reason !== 'PodInitializing')
      reason = `Init:${c.reason}`;
    else reason = `Init:${index}/${pod.initContainers.length}`;
    initializing = true;
    break;
  }

  if (!initializing || pod.initialized) {
    let hasRunning = false;
    for (let i = pod.containers.length - 1; i >= 0; i--) {
      const c = pod.containers[i] as PrintedContainer;
      if (c.state === 'waiting' && c.reason !== '') reason = c.reason;
      else if (c.state === 'terminated') reason = terminatedReason(c, '');
      else if (c.ready && c.state === 'running') {
        hasRunning = true;
        readyCount++;
      }
    }
    // A container still running after another completed: the Pod is not done.
    if (reason === 'Completed' && hasRunning) reason = pod.ready ? 'Running' : 'NotReady';
  }

  const terminal = pod.phase === 'Succeeded' || pod.phase === 'Failed';
  if (pod.deleting && !terminal) reason = 'Terminating';
  return { status: reason, ready: `${readyCount}/${total}` };
}
