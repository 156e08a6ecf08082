import { describe, expect, it } from 'vitest';
import { orderOf } from './timelineOrder';
import { timelineOf } from './timelineRun';

/**
 * The ordering, completion, failing-init and startup-probe scenarios of Kubernetes' node
 * lifecycle tests (kubernetes/kubernetes `test/e2e_node/container_lifecycle_test.go`, "Containers
 * Lifecycle"), with their container names, reproduced through `cli timeline --scenario`.
 */

interface Spec {
  policy?: 'Always' | 'OnFailure' | 'Never';
  grace?: number;
  inits?: string[];
  containers: string[];
}

const yaml = (list: string[]) => list.map((c) => `    - ${c}`).join('\n');

function pod({ policy = 'Never', grace, inits = [], containers }: Spec): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata: { name: containers-lifecycle }',
    'spec:',
    `  restartPolicy: ${policy}`,
    ...(grace === undefined ? [] : [`  terminationGracePeriodSeconds: ${grace}`]),
    ...(inits.length > 0 ? ['  initContainers:', yaml(inits)] : []),
    '  containers:',
    yaml(containers),
    '',
  ].join('\n');
}

const plain = (name: string) =>
  `{ name: ${name}, image: busybox, command: ['sh', '-c', 'exit 0'] }`;
const sidecar = (name: string, extra = '') =>
  `{ name: ${name}, image: busybox, restartPolicy: Always${extra} }`;
const failingProbe =
  ', startupProbe: { exec: { command: [sh, -c, exit 1] }, periodSeconds: 1, failureThreshold: 1 }';
const passingProbe = ', startupProbe: { exec: { command: [sh, -c, exit 0] }, periodSeconds: 1 }';

function run(spec: Spec, scenario: string, ...flags: string[]) {
  const result = timelineOf(pod(spec), '--format', 'json', '--scenario', scenario, ...flags);
  expect(result.code).toBe(0);
  const [timeline] = result.json();
  return { timeline, order: orderOf(timeline) };
}

describe('node lifecycle tests: regular init containers', () => {
  const spec: Spec = {
    inits: [plain('init-1'), plain('init-2'), plain('init-3')],
    containers: [plain('regular-1')],
  };

  it('runs init containers in order, each to its exit, before the regular container', () => {
    const { order } = run(spec, 'main-exits');
    for (const [a, b] of [
      ['init-1', 'init-2'],
      ['init-2', 'init-3'],
      ['init-3', 'regular-1'],
    ] as const) {
      expect(order.startsBefore(a, b)).toBe(true);
      expect(order.exitsBeforeStart(a, b)).toBe(true);
    }
  });

  it('does not launch the regular container when an init container fails (restartPolicy Never)', () => {
    const { timeline, order } = run(spec, 'init-fails', '--container', 'init-1');
    expect(order.starts('init-1') && order.exits('init-1')).toBe(true);
    expect(order.starts('init-2')).toBe(false);
    expect(order.starts('regular-1')).toBe(false);
    expect(order.restarts('init-1')).toBe(0);
    expect(timeline?.events.at(-1)?.status).toBe('Init:Error');
  });

  for (const policy of ['OnFailure', 'Always'] as const) {
    it(`restarts a failing init container under restartPolicy ${policy} and starts nothing after it`, () => {
      const { timeline, order } = run({ ...spec, policy }, 'init-fails', '--container', 'init-2');
      expect(order.exitsBeforeStart('init-1', 'init-2')).toBe(true);
      expect(order.restarts('init-2')).toBeGreaterThan(0);
      expect(order.restarts('init-1')).toBe(0);
      expect(order.starts('init-3')).toBe(false);
      expect(order.starts('regular-1')).toBe(false);
      expect(timeline?.events.at(-1)?.status).toBe('Init:CrashLoopBackOff');
    });
  }
});

describe('node lifecycle tests: regular containers', () => {
  it('restarts the regular container upon its exit under restartPolicy Always, but no init container', () => {
    const { order } = run(
      {
        policy: 'Always',
        inits: [plain('init-1'), plain('init-2'), plain('init-3')],
        containers: [plain('regular-1')],
      },
      'main-exits',
    );
    expect(order.exitsBeforeStart('init-3', 'regular-1')).toBe(true);
    expect(order.restarts('regular-1')).toBe(1);
    for (const name of ['init-1', 'init-2', 'init-3']) expect(order.restarts(name)).toBe(0);
  });

  it('respects the termination grace period with a long-running preStop hook', () => {
    const { timeline } = run(
      {
        policy: 'Always',
        grace: 30,
        containers: [
          `{ name: regular1, image: busybox, lifecycle: { preStop: { exec: { command: [sleep, "10000"] } } } }`,
        ],
      },
      'delete',
    );
    const deletedAt = timeline?.events.find((e) => e.phase === 'prestop')?.t ?? 0;
    const gone = timeline?.events.at(-1);
    expect(gone?.container).toBe('regular1');
    // The grace period, then at most the one-off 2 s extension.
    expect((gone?.t ?? 0) - deletedAt).toBeLessThanOrEqual(32);
    expect((gone?.t ?? 0) - deletedAt).toBeGreaterThanOrEqual(30);
  });
});

describe('node lifecycle tests: restartable init containers', () => {
  it('launches restartable init containers before the regular containers, which run beside them', () => {
    const { order } = run(
      {
        inits: [sidecar('restartable-init-1'), sidecar('restartable-init-2')],
        containers: [plain('regular-1')],
      },
      'start',
    );
    expect(order.startsBefore('restartable-init-1', 'restartable-init-2')).toBe(true);
    expect(order.startsBefore('restartable-init-2', 'regular-1')).toBe(true);
    expect(order.runTogether('restartable-init-1', 'regular-1')).toBe(true);
    expect(order.runTogether('restartable-init-2', 'regular-1')).toBe(true);
  });

  it('runs restartable init containers together with a regular init container declared after them', () => {
    const { order } = run(
      {
        inits: [sidecar('restartable-init-1'), sidecar('restartable-init-2'), plain('init-3')],
        containers: [plain('regular-1')],
      },
      'start',
    );
    expect(order.runTogether('restartable-init-1', 'init-3')).toBe(true);
    expect(order.runTogether('restartable-init-2', 'init-3')).toBe(true);
    expect(order.startsBefore('restartable-init-2', 'init-3')).toBe(true);
    expect(order.exitsBeforeStart('init-3', 'regular-1')).toBe(true);
  });

  it('terminates restartable init containers in reverse order once the regular container has exited', () => {
    const { timeline, order } = run(
      {
        inits: [
          sidecar('restartable-init-1'),
          sidecar('restartable-init-2'),
          sidecar('restartable-init-3'),
        ],
        containers: [plain('regular-1')],
      },
      'main-exits',
    );
    expect(order.exitsBefore('regular-1', 'restartable-init-3')).toBe(true);
    expect(order.exitsBefore('restartable-init-3', 'restartable-init-2')).toBe(true);
    expect(order.exitsBefore('restartable-init-2', 'restartable-init-1')).toBe(true);
    expect(timeline?.stop).toEqual([
      ['regular-1'],
      ['restartable-init-3'],
      ['restartable-init-2'],
      ['restartable-init-1'],
    ]);
    expect(timeline?.events.at(-1)?.status).toBe('Completed');
  });

  it('does not launch the regular container when an init container after a sidecar fails, and stops the sidecar', () => {
    const { timeline, order } = run(
      { inits: [sidecar('restartable-init-1'), plain('init-2')], containers: [plain('regular-1')] },
      'init-fails',
    );
    expect(order.startsBefore('restartable-init-1', 'init-2')).toBe(true);
    expect(order.starts('regular-1')).toBe(false);
    expect(order.exits('restartable-init-1')).toBe(true);
    expect(timeline?.stop).toEqual([['restartable-init-1']]);
  });

  it('launches the next container only once a restartable init container passes its startup probe', () => {
    const { timeline, order } = run(
      { inits: [sidecar('restartable-init-1', passingProbe)], containers: [plain('regular-1')] },
      'start',
    );
    const started = timeline?.events.find(
      (e) => e.container === 'restartable-init-1' && e.phase === 'started',
    );
    const regular = timeline?.events.find(
      (e) => e.container === 'regular-1' && e.phase === 'starting',
    );
    expect(started && regular && started.t <= regular.t).toBe(true);
    expect(order.runTogether('restartable-init-1', 'regular-1')).toBe(true);
  });

  it('restarts a restartable init container whose startup probe fails and never launches the next', () => {
    const { timeline, order } = run(
      {
        inits: [sidecar('restartable-init-1', failingProbe), sidecar('restartable-init-2')],
        containers: [plain('regular-1')],
      },
      'probe-fails',
    );
    expect(order.restarts('restartable-init-1')).toBeGreaterThan(0);
    expect(order.starts('restartable-init-2')).toBe(false);
    expect(order.starts('regular-1')).toBe(false);
    expect(timeline?.events.at(-1)?.status).toBe('Init:CrashLoopBackOff');
  });

  it('restarts a crashed restartable init container even under restartPolicy Never', () => {
    const { order } = run(
      { inits: [sidecar('restartable-init-1')], containers: [plain('regular-1')] },
      'sidecar-crash',
    );
    expect(order.restarts('restartable-init-1')).toBe(1);
    expect(order.exits('regular-1')).toBe(false);
  });

  it('releases every sidecar at once when the grace period runs out, in one stop step', () => {
    const longPreStop = ', lifecycle: { preStop: { exec: { command: [sleep, "10000"] } } }';
    const { timeline } = run(
      {
        grace: 5,
        inits: [
          sidecar('restartable-init-1', longPreStop),
          sidecar('restartable-init-2', longPreStop),
          sidecar('restartable-init-3', longPreStop),
        ],
        containers: [plain('regular-1')],
      },
      'delete',
    );
    expect(timeline?.stop).toEqual([
      ['regular-1'],
      ['restartable-init-1', 'restartable-init-2', 'restartable-init-3'],
    ]);
    const signals = timeline?.events.filter(
      (e) => e.phase === 'terminating' && e.container !== 'regular-1',
    );
    const deletedAt = timeline?.events.find((e) => e.phase === 'prestop')?.t ?? 0;
    expect(signals?.map((e) => e.t - deletedAt)).toEqual([5, 5, 5]);
    expect(signals?.[0]?.reason).toContain('one-off 2 s extension');
  });
});
