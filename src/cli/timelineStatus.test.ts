import { describe, expect, it } from 'vitest';
import { columnsOf, timelineOf } from './timelineRun';

const initSidecarMain = `
apiVersion: v1
kind: Pod
metadata: { name: web }
spec:
  initContainers:
    - { name: setup, image: busybox, command: ['sh', '-c', 'cp /src/* /work/'] }
    - { name: proxy, image: envoyproxy/envoy:v1.31, restartPolicy: Always }
  containers:
    - { name: app, image: nginx }
    - { name: worker, image: busybox, command: ['sh', '-c', 'while true; do sleep 5; done'] }
`;

const job = (sidecar: string) => `
apiVersion: batch/v1
kind: Job
metadata: { name: report }
spec:
  template:
    spec:
      restartPolicy: Never
${sidecar}
`;

const nativeJob = job(`      initContainers:
        - { name: logshipper, image: fluent/fluent-bit, restartPolicy: Always }
      containers:
        - { name: report, image: busybox, command: ['sh', '-c', 'echo done'] }`);

const legacyJob = `# @role logshipper=sidecar
${job(`      containers:
        - { name: report, image: busybox, command: ['sh', '-c', 'echo done'] }
        - { name: logshipper, image: fluent/fluent-bit }`)}`;

describe('timeline status and ready, as kubectl get pod prints them', () => {
  it('gives every event of the JSON a status and a ready column', () => {
    const [pod] = timelineOf(initSidecarMain, '--format', 'json').json();
    expect(Object.keys(pod?.events[0] ?? {})).toEqual([
      't',
      'container',
      'phase',
      'reason',
      'status',
      'ready',
    ]);
  });

  it('walks an init container, a native sidecar and two main containers through their start', () => {
    const [pod] = timelineOf(initSidecarMain, '--format', 'json', '--scenario', 'start').json();
    // The sidecar counts in READY (3 containers), and the init list has 2 entries.
    expect(columnsOf(pod)).toEqual([
      'Init:0/2 0/3',
      'Init:1/2 0/3',
      'PodInitializing 0/3',
      'PodInitializing 1/3',
      'Running 1/3',
      'Running 2/3',
      'Running 3/3',
    ]);
    const proxyStarted = pod?.events.find((e) => e.container === 'proxy' && e.phase === 'started');
    expect(proxyStarted?.status).toBe('PodInitializing');
  });

  it('shows a Job whose native sidecar lets it complete as Completed', () => {
    const [pod] = timelineOf(nativeJob, '--format', 'json').json();
    expect(pod?.completes).toBe(true);
    expect(columnsOf(pod)).toEqual([
      'Init:0/1 0/2',
      'PodInitializing 0/2',
      'PodInitializing 1/2',
      'Running 1/2',
      'Running 2/2',
      'Completed 1/2',
      'Completed 0/2',
    ]);
  });

  it('shows a Job whose legacy sidecar never exits as NotReady until the Pod is deleted', () => {
    const [pod] = timelineOf(legacyJob, '--format', 'json').json();
    expect(pod?.completes).toBe(false);
    expect(pod?.stop).toEqual([['report'], ['logshipper']]);
    expect(columnsOf(pod)).toEqual([
      'ContainerCreating 0/2',
      'Running 0/2',
      'Running 1/2',
      'Running 2/2',
      'NotReady 1/2',
      'Terminating 1/2',
      'Completed 0/2',
    ]);
  });

  it('shows a crashing init container as Init:Error, then Init:CrashLoopBackOff', () => {
    const onFailure = initSidecarMain.replace('spec:\n', 'spec:\n  restartPolicy: OnFailure\n');
    const [pod] = timelineOf(onFailure, '--format', 'json', '--scenario', 'init-fails').json();
    expect(columnsOf(pod).slice(0, 6)).toEqual([
      'Init:0/2 0/3',
      'Init:Error 0/3',
      'Init:CrashLoopBackOff 0/3',
      'Init:0/2 0/3',
      'Init:Error 0/3',
      'Init:CrashLoopBackOff 0/3',
    ]);
    expect(pod?.events.at(-1)).toMatchObject({ status: 'Init:CrashLoopBackOff', ready: '0/3' });
    expect(pod?.events.some((e) => e.container === 'proxy' && e.phase === 'starting')).toBe(false);
  });

  it('shows a deleted Pod as Terminating until its last container has exited', () => {
    const [pod] = timelineOf(initSidecarMain, '--format', 'json', '--scenario', 'delete').json();
    const deletion = pod?.events.findIndex((e) => e.phase === 'terminating') ?? -1;
    const after = pod?.events.slice(deletion) ?? [];
    expect(after.slice(0, -1).every((e) => e.status === 'Terminating')).toBe(true);
    expect(after.map((e) => e.ready)).toEqual(['3/3', '3/3', '3/3', '2/3', '1/3', '1/3', '0/3']);
    // Every container has exited 0: the Pod is Succeeded, no longer Terminating.
    expect(after.at(-1)).toMatchObject({ container: 'proxy', status: 'Completed' });
  });

  it('prints the columns in the text format too', () => {
    const { code, out } = timelineOf(nativeJob);
    expect(code).toBe(0);
    expect(out).toMatch(/STATUS\s+READY/);
    expect(out).toMatch(/report\s+completed\s+Completed\s+1\/2/);
  });
});
