import { describe, expect, it } from 'vitest';
import { type PrintedContainer, type PrintedPod, printPodColumns } from './podPrinter';

const waiting = (reason: string): PrintedContainer => ({
  state: 'waiting',
  reason,
  exitCode: 0,
  started: false,
  ready: false,
});
const running = (ready: boolean, started = true): PrintedContainer => ({
  state: 'running',
  reason: '',
  exitCode: 0,
  started,
  ready,
});
const exited = (exitCode: number, reason = exitCode === 0 ? 'Completed' : 'Error') => ({
  state: 'terminated' as const,
  reason,
  exitCode,
  started: false,
  ready: false,
});

function pod(over: Partial<PrintedPod>): PrintedPod {
  return {
    phase: 'Running',
    initialized: true,
    ready: false,
    deleting: false,
    initContainers: [],
    containers: [],
    ...over,
  };
}

const init = (status: PrintedContainer, restartable = false) => ({ status, restartable });

describe("kubectl's pod printer", () => {
  it('counts the init containers that are done: Init:N/M', () => {
    const p = pod({
      phase: 'Pending',
      initialized: false,
      initContainers: [
        init(exited(0)),
        init(running(false, false)),
        init(waiting('PodInitializing')),
      ],
      containers: [waiting('PodInitializing')],
    });
    expect(printPodColumns(p)).toEqual({ status: 'Init:1/3', ready: '0/1' });
  });

  it('skips started sidecars and counts them in READY when ready', () => {
    const p = pod({
      phase: 'Pending',
      initialized: false,
      initContainers: [init(running(true), true), init(running(false, false), true)],
      containers: [waiting('PodInitializing')],
    });
    expect(printPodColumns(p)).toEqual({ status: 'Init:1/2', ready: '1/3' });
  });

  it('names a failed init container by its reason, or by its exit code without one', () => {
    const failed = pod({
      phase: 'Failed',
      initialized: false,
      initContainers: [init(exited(1))],
      containers: [waiting('PodInitializing')],
    });
    expect(printPodColumns(failed).status).toBe('Init:Error');
    const noReason = pod({ ...failed, initContainers: [init(exited(3, ''))] });
    expect(printPodColumns(noReason).status).toBe('Init:ExitCode:3');
  });

  it('names an init container in back-off Init:CrashLoopBackOff, but not one merely waiting', () => {
    const backoff = pod({
      phase: 'Pending',
      initialized: false,
      initContainers: [init(waiting('CrashLoopBackOff'))],
      containers: [waiting('PodInitializing')],
    });
    expect(printPodColumns(backoff).status).toBe('Init:CrashLoopBackOff');
    const queued = pod({ ...backoff, initContainers: [init(waiting('PodInitializing'))] });
    expect(printPodColumns(queued).status).toBe('Init:0/1');
  });

  it('shows the first waiting main container once initialized: PodInitializing', () => {
    const p = pod({
      phase: 'Pending',
      containers: [running(true), waiting('PodInitializing')],
    });
    expect(printPodColumns(p)).toEqual({ status: 'PodInitializing', ready: '1/2' });
  });

  it('prints the phase when every main container runs', () => {
    expect(printPodColumns(pod({ containers: [running(true), running(false)] }))).toEqual({
      status: 'Running',
      ready: '1/2',
    });
  });

  it('turns Completed into Running or NotReady while another container still runs', () => {
    const mixed = pod({ containers: [exited(0), running(true)] });
    expect(printPodColumns(mixed).status).toBe('NotReady');
    expect(printPodColumns({ ...mixed, ready: true }).status).toBe('Running');
    expect(printPodColumns(pod({ phase: 'Succeeded', containers: [exited(0)] })).status).toBe(
      'Completed',
    );
  });

  it('shows a main container in back-off or failed by its reason', () => {
    expect(printPodColumns(pod({ containers: [waiting('CrashLoopBackOff')] })).status).toBe(
      'CrashLoopBackOff',
    );
    expect(printPodColumns(pod({ containers: [running(true), exited(1)] })).status).toBe('Error');
  });

  it('lets the main containers speak once the Pod is initialized, even if a sidecar failed', () => {
    const p = pod({
      phase: 'Succeeded',
      initContainers: [init(exited(143), true)],
      containers: [exited(0)],
    });
    expect(printPodColumns(p).status).toBe('Completed');
    expect(printPodColumns({ ...p, initialized: false }).status).toBe('Init:Error');
  });

  it('says Terminating while a deleted Pod is not terminal', () => {
    const p = pod({ deleting: true, containers: [running(true)] });
    expect(printPodColumns(p)).toEqual({ status: 'Terminating', ready: '1/1' });
    const done = pod({ deleting: true, phase: 'Succeeded', containers: [exited(0)] });
    expect(printPodColumns(done).status).toBe('Completed');
  });
});
