import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/json';
import { container, design } from '../testing/build';
import { simulateLifecycle } from './simulate';
import type { Timeline, TimelineEvent } from './types';

/** The termination events, with times relative to the deletion. */
function afterDeletion(
  timeline: Timeline,
): Array<Pick<TimelineEvent, 't' | 'container' | 'phase'>> {
  const first = timeline.events.find((e) => e.reason.startsWith('The Pod is deleted'));
  if (!first) throw new Error('no deletion in this timeline');
  return timeline.events
    .filter(
      (e) =>
        e.t >= first.t &&
        ['prestop', 'waiting', 'terminating', 'terminated', 'killed'].includes(e.phase),
    )
    .map((e) => ({ t: e.t - first.t, container: e.container, phase: e.phase }));
}

function reasonOf(timeline: Timeline, name: string, phase: string): string {
  return timeline.events.find((e) => e.container === name && e.phase === phase)?.reason ?? '';
}

/** The design of sidecar-rules.md §4.3: app with `preStop: sleep 5`, sidecars proxy and log-shipper. */
const workedStop = design({
  podSpec: { terminationGracePeriodSeconds: 30 },
  containers: [
    container('app', { spec: { lifecycle: { preStop: { sleep: { seconds: 5 } } } } }),
    container('proxy', { role: 'sidecar', purpose: 'proxy' }),
    container('log-shipper', { role: 'sidecar', purpose: 'log-shipper' }),
  ],
});

describe('the worked termination timelines of sidecar-rules.md §4.3', () => {
  it('healthy case: app drains 10 s, then log-shipper, then proxy', () => {
    const timeline = simulateLifecycle(workedStop, { drainSeconds: { app: 10 } });
    expect(timeline.stop).toEqual([['app'], ['log-shipper'], ['proxy']]);
    expect(afterDeletion(timeline)).toEqual([
      { t: 0, container: 'app', phase: 'prestop' },
      { t: 0, container: 'log-shipper', phase: 'waiting' },
      { t: 0, container: 'proxy', phase: 'waiting' },
      { t: 5, container: 'app', phase: 'terminating' },
      { t: 15, container: 'app', phase: 'terminated' },
      { t: 15, container: 'log-shipper', phase: 'terminating' },
      { t: 16, container: 'log-shipper', phase: 'terminated' },
      { t: 16, container: 'proxy', phase: 'terminating' },
      { t: 17, container: 'proxy', phase: 'terminated' },
    ]);
    expect(reasonOf(timeline, 'app', 'terminating')).toContain('25 s of grace');
    expect(reasonOf(timeline, 'log-shipper', 'terminating')).toContain('15 s of grace');
    expect(reasonOf(timeline, 'proxy', 'terminating')).toContain('14 s of grace');
  });

  it('app needs 40 s: SIGKILL at 30, both sidecars get SIGTERM with the 2 s floor at once', () => {
    const timeline = simulateLifecycle(workedStop, { drainSeconds: { app: 40 } });
    expect(timeline.stop).toEqual([['app'], ['proxy', 'log-shipper']]);
    const events = afterDeletion(timeline);
    expect(events.slice(0, 4)).toEqual([
      { t: 0, container: 'app', phase: 'prestop' },
      { t: 0, container: 'log-shipper', phase: 'waiting' },
      { t: 0, container: 'proxy', phase: 'waiting' },
      { t: 5, container: 'app', phase: 'terminating' },
    ]);
    expect(events).toContainEqual({ t: 30, container: 'app', phase: 'killed' });
    expect(events).toContainEqual({ t: 30, container: 'log-shipper', phase: 'terminating' });
    expect(events).toContainEqual({ t: 30, container: 'proxy', phase: 'terminating' });
    for (const name of ['proxy', 'log-shipper']) {
      expect(reasonOf(timeline, name, 'terminating')).toContain('minimum 2 s of grace');
      expect(reasonOf(timeline, name, 'terminating')).toContain('no particular order');
      const end = events.find(
        (e) => e.container === name && (e.phase === 'terminated' || e.phase === 'killed'),
      );
      expect(end?.t).toBeLessThanOrEqual(32);
    }
  });

  it('sidecars still running at 32 s get SIGKILL', () => {
    const timeline = simulateLifecycle(workedStop, {
      drainSeconds: { app: 40, proxy: 5, 'log-shipper': 5 },
    });
    const events = afterDeletion(timeline);
    expect(events).toContainEqual({ t: 32, container: 'proxy', phase: 'killed' });
    expect(events).toContainEqual({ t: 32, container: 'log-shipper', phase: 'killed' });
  });
});

describe('termination ordering', () => {
  it('stops native sidecars in reverse declaration order after all main containers', () => {
    const timeline = simulateLifecycle(
      design({
        containers: [
          container('app'),
          container('worker'),
          container('a', { role: 'sidecar' }),
          container('b', { role: 'sidecar' }),
          container('c', { role: 'sidecar' }),
        ],
      }),
    );
    expect(timeline.stop).toEqual([['app', 'worker'], ['c'], ['b'], ['a']]);
    const signals = timeline.events
      .filter((e) => e.phase === 'terminating')
      .map((e) => e.container);
    expect(signals).toEqual(['app', 'worker', 'c', 'b', 'a']);
  });

  it('runs a native sidecar’s preStop hook at the start of termination', () => {
    const hook: JsonObject = { lifecycle: { preStop: { sleep: { seconds: 3 } } } };
    const timeline = simulateLifecycle(
      design({
        containers: [container('app'), container('proxy', { role: 'sidecar', spec: hook })],
      }),
    );
    const events = afterDeletion(timeline);
    expect(events).toContainEqual({ t: 0, container: 'proxy', phase: 'prestop' });
    expect(events).toContainEqual({ t: 1, container: 'app', phase: 'terminated' });
    expect(events).toContainEqual({ t: 3, container: 'proxy', phase: 'terminating' });
    expect(reasonOf(timeline, 'proxy', 'prestop')).toContain("not when proxy's turn comes");
  });

  it('gives legacy sidecars their stop signal together with the app, in arbitrary order', () => {
    const timeline = simulateLifecycle(
      design({
        sidecarMode: 'legacy',
        containers: [container('app'), container('proxy', { role: 'sidecar' })],
      }),
    );
    expect(timeline.stop).toEqual([['app', 'proxy']]);
    expect(reasonOf(timeline, 'proxy', 'terminating')).toContain('arbitrary order');
    expect(reasonOf(timeline, 'app', 'terminating')).toContain('legacy sidecar proxy');
  });

  it('stops sidecars together with the main containers on 1.28 with the gate on', () => {
    const timeline = simulateLifecycle(
      design({
        target: '1.28',
        containers: [container('app'), container('proxy', { role: 'sidecar' })],
      }),
      { sidecarContainersGate: true },
    );
    expect(timeline.stop).toEqual([['app', 'proxy']]);
    expect(reasonOf(timeline, 'proxy', 'terminating')).toContain('ordering arrived in 1.29');
  });
});

describe('grace budget exhaustion', () => {
  const long = design({
    podSpec: { terminationGracePeriodSeconds: 30 },
    containers: [
      container('app', { spec: { lifecycle: { preStop: { sleep: { seconds: 29 } } } } }),
      container('proxy', { role: 'sidecar' }),
    ],
  });

  it('leaves the sidecar only the 2 s minimum when the app’s preStop uses the budget', () => {
    const timeline = simulateLifecycle(long);
    const events = afterDeletion(timeline);
    expect(events).toContainEqual({ t: 29, container: 'app', phase: 'terminating' });
    expect(reasonOf(timeline, 'app', 'terminating')).toContain('2 s of grace');
    expect(events).toContainEqual({ t: 30, container: 'proxy', phase: 'terminating' });
    expect(reasonOf(timeline, 'proxy', 'terminating')).toContain('grace budget is used up');
  });

  it('kills a container whose drain outlasts its grace', () => {
    const timeline = simulateLifecycle(long, { drainSeconds: { app: 10 } });
    expect(afterDeletion(timeline)).toContainEqual({ t: 31, container: 'app', phase: 'killed' });
  });

  it('uses the deletion’s own grace period when one is given', () => {
    const timeline = simulateLifecycle(long, { gracePeriodSeconds: 60, drainSeconds: { app: 10 } });
    const events = afterDeletion(timeline);
    expect(events).toContainEqual({ t: 39, container: 'app', phase: 'terminated' });
    expect(events).toContainEqual({ t: 39, container: 'proxy', phase: 'terminating' });
  });

  it('gives a preStop hook that outlasts the grace period the one-off 2 s extension, then kills', () => {
    const d = design({
      podSpec: { terminationGracePeriodSeconds: 10 },
      containers: [
        container('app', { spec: { lifecycle: { preStop: { sleep: { seconds: 60 } } } } }),
      ],
    });
    const timeline = simulateLifecycle(d, { scenario: 'delete', drainSeconds: { app: 5 } });
    expect(afterDeletion(timeline)).toEqual([
      { t: 0, container: 'app', phase: 'prestop' },
      { t: 10, container: 'app', phase: 'terminating' },
      { t: 12, container: 'app', phase: 'killed' },
    ]);
    expect(reasonOf(timeline, 'app', 'prestop')).toContain('one-off 2 s extension');
    expect(reasonOf(timeline, 'app', 'terminating')).toContain('SIGKILL 2 s later');
  });
});
