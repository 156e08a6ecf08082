import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateLifecycle } from '../lifecycle';
import { restoreManifest } from '../manifest/restore';
import { designsOf } from '../manifest/workloads';
import { CORPUS_DIR } from '../testing/corpus';
import { orderOf } from './timelineOrder';
import { timelineOf } from './timelineRun';

/**
 * Version-gated lifecycle behaviours, each a test case written like those of sidecar-rules.md
 * §9 (a manifest with `# @` header comments) and run through `cli timeline`.
 */

function run(manifest: string, ...flags: string[]) {
  const result = timelineOf(manifest, '--format', 'json', ...flags);
  expect(result.code).toBe(0);
  const [timeline] = result.json();
  return timeline;
}

const sleepPreStop = (target: string) => `# @target ${target}
apiVersion: v1
kind: Pod
metadata: { name: drain }
spec:
  containers:
    - name: app
      image: nginx
      lifecycle:
        preStop:
          sleep: { seconds: 5 }
`;

describe('the sleep action (PodLifecycleSleepAction: beta and on from 1.30, GA in 1.34)', () => {
  it('runs a preStop sleep of 5 s before the stop signal from 1.30', () => {
    for (const target of ['1.30', '1.36', '1.37']) {
      const timeline = run(sleepPreStop(target), '--scenario', 'delete');
      const prestop = timeline?.events.find((e) => e.phase === 'prestop');
      const signal = timeline?.events.find((e) => e.phase === 'terminating');
      expect(prestop).toBeDefined();
      expect((signal?.t ?? 0) - (prestop?.t ?? 0)).toBe(5);
    }
  });

  it('drops the sleep hook on 1.29, where the gate is off, and says so', () => {
    const timeline = run(sleepPreStop('1.29'), '--scenario', 'delete');
    expect(timeline?.events.some((e) => e.phase === 'prestop')).toBe(false);
    expect(timeline?.events[0]?.reason).toContain('preStop sleep hook is dropped');
  });
});

const stopSignal = `# @target 1.37
apiVersion: v1
kind: Pod
metadata: { name: signals }
spec:
  os: { name: linux }
  containers:
    - name: app
      image: nginx
      lifecycle:
        stopSignal: SIGUSR1
`;

describe('stop signals (ContainerStopSignals: alpha and off by default)', () => {
  it('sends SIGTERM at the default gates, and says the field is dropped', () => {
    const timeline = run(stopSignal, '--scenario', 'delete');
    const signal = timeline?.events.find((e) => e.phase === 'terminating');
    expect(signal?.reason).toContain('gets SIGTERM');
    expect(timeline?.events[0]?.reason).toContain('lifecycle.stopSignal SIGUSR1 is dropped');
  });

  it('sends the container’s own stop signal where the gate is on', () => {
    const result = restoreManifest(stopSignal, { guess: false });
    if (!result.ok) throw new Error(result.error.message);
    const [design] = designsOf(result.file);
    if (!design) throw new Error('no workload');
    const timeline = simulateLifecycle(
      { ...design, target: '1.37' },
      { scenario: 'delete', gates: { containerStopSignals: true } },
    );
    const signal = timeline.events.find((e) => e.phase === 'terminating');
    expect(signal?.reason).toContain('gets SIGUSR1 (its lifecycle.stopSignal)');
  });
});

const ownRestartPolicy = (target: string) => `# @target ${target}
apiVersion: v1
kind: Pod
metadata: { name: migrate }
spec:
  restartPolicy: Never
  initContainers:
    - { name: setup, image: busybox, restartPolicy: OnFailure }
    - name: migrate
      image: busybox
      restartPolicyRules:
        - action: Restart
          exitCodes: { operator: In, values: [42] }
  containers:
    - { name: app, image: nginx }
`;

describe('container restart rules (ContainerRestartRules: beta and on from 1.35)', () => {
  it('restarts an init container with its own restartPolicy OnFailure in a Never Pod', () => {
    const timeline = run(ownRestartPolicy('1.36'), '--scenario', 'init-fails');
    const order = orderOf(timeline);
    expect(order.restarts('setup')).toBeGreaterThan(0);
    expect(timeline?.events.find((e) => e.phase === 'restarting')?.reason).toContain(
      'its own restartPolicy is OnFailure',
    );
    expect(timeline?.events.at(-1)?.status).toBe('Init:CrashLoopBackOff');
  });

  it('restarts an init container on the exit code its Restart rule names', () => {
    const timeline = run(
      ownRestartPolicy('1.37'),
      '--scenario',
      'init-fails',
      '--container',
      'migrate',
    );
    const crash = timeline?.events.find((e) => e.container === 'migrate' && e.phase === 'crashed');
    expect(crash?.reason).toContain('exits with code 42');
    expect(orderOf(timeline).restarts('migrate')).toBeGreaterThan(0);
    expect(timeline?.events.find((e) => e.phase === 'restarting')?.reason).toContain(
      'restartPolicyRules say Restart for exit code 42',
    );
  });

  it('lets the Pod fail on 1.34, where the gate is off and the Pod’s Never applies', () => {
    const timeline = run(ownRestartPolicy('1.34'), '--scenario', 'init-fails');
    expect(orderOf(timeline).restarts('setup')).toBe(0);
    expect(timeline?.events.at(-1)?.status).toBe('Init:Error');
  });
});

describe('restart all containers (RestartAllContainersOnContainerExits: beta and on from 1.36)', () => {
  const file = readFileSync(
    join(CORPUS_DIR, 'kubernetes-website/restart-all-containers.yaml'),
    'utf8',
  );

  it('restarts the whole Pod from its init containers when the watcher exits 88', () => {
    for (const target of ['1.36', '1.37']) {
      const timeline = run(file, '--target', target, '--scenario', 'sidecar-crash');
      const crash = timeline?.events.find((e) => e.phase === 'crashed');
      expect(crash).toMatchObject({ container: 'watcher-sidecar' });
      expect(crash?.reason).toContain('exits with code 88');
      const after = timeline?.events.filter((e) => e.t >= (crash?.t ?? 0)) ?? [];
      expect(
        after.some((e) => e.container === 'main-application' && e.phase === 'terminated'),
      ).toBe(true);
      expect(after.some((e) => e.container === 'setup-environment' && e.phase === 'starting')).toBe(
        true,
      );
      expect(after.some((e) => e.container === 'main-application' && e.phase === 'started')).toBe(
        true,
      );
    }
  });

  it('restarts only the watcher on 1.35, where the gate is off', () => {
    const timeline = run(file, '--target', '1.35', '--scenario', 'sidecar-crash');
    const crash = timeline?.events.find((e) => e.phase === 'crashed');
    const after = timeline?.events.filter((e) => e.t >= (crash?.t ?? 0)) ?? [];
    expect(after.some((e) => e.container === 'setup-environment')).toBe(false);
    expect(after.some((e) => e.container === 'watcher-sidecar' && e.phase === 'restarting')).toBe(
      true,
    );
  });
});

describe('sidecar termination on 1.36 and 1.37', () => {
  it('still stops sidecars in reverse order after the main containers (restarts during termination stay off)', () => {
    const manifest = (target: string) => `# @target ${target}
apiVersion: v1
kind: Pod
metadata: { name: web }
spec:
  initContainers:
    - { name: proxy, image: envoyproxy/envoy:v1.31, restartPolicy: Always }
    - { name: logs, image: fluent/fluent-bit, restartPolicy: Always }
  containers:
    - { name: app, image: nginx }
`;
    for (const target of ['1.36', '1.37']) {
      const timeline = run(manifest(target), '--scenario', 'delete');
      expect(timeline?.stop).toEqual([['app'], ['logs'], ['proxy']]);
      expect(timeline?.events.some((e) => e.phase === 'restarting')).toBe(false);
    }
  });
});
