import { describe, expect, it } from 'vitest';
import type { SidecarMode } from '../model/types';
import { container, design } from '../testing/build';
import { defaultScenario, simulateLifecycle } from './simulate';
import type { Timeline, TimelinePhase } from './types';

function phasesOf(timeline: Timeline, name: string): TimelinePhase[] {
  return timeline.events.filter((e) => e.container === name).map((e) => e.phase);
}

/** sidecar-rules.md §9 T02 / T24: a Job whose log shipper is native or legacy. */
function job(mode: SidecarMode, kind: 'Job' | 'CronJob' = 'Job') {
  return design({
    kind,
    target: '1.29',
    sidecarMode: mode,
    containers: [
      container('myjob'),
      container('logshipper', { role: 'sidecar', purpose: 'log-shipper' }),
    ],
  });
}

describe('Jobs and CronJobs', () => {
  it('simulates the natural end by default for Jobs and a deletion for other kinds', () => {
    expect(defaultScenario(job('native'))).toBe('main-exits');
    expect(defaultScenario(design({ kind: 'Deployment' }))).toBe('delete');
  });

  it('completes with a native sidecar: the main container exits, then the sidecar is stopped', () => {
    const timeline = simulateLifecycle(job('native'));
    expect(timeline.completes).toBe(true);
    expect(timeline.start).toEqual([['logshipper'], ['myjob']]);
    expect(timeline.stop).toEqual([['myjob'], ['logshipper']]);
    const exit = timeline.events.find((e) => e.container === 'myjob' && e.phase === 'completed');
    const signal = timeline.events.find(
      (e) => e.container === 'logshipper' && e.phase === 'terminating',
    );
    expect(exit && signal && signal.t >= exit.t).toBe(true);
    expect(signal?.reason).toContain('Job counts a completion');
    expect(phasesOf(timeline, 'logshipper').at(-1)).toBe('terminated');
  });

  it('never completes with the same sidecar in legacy placement', () => {
    for (const kind of ['Job', 'CronJob'] as const) {
      const timeline = simulateLifecycle(job('legacy', kind));
      expect(timeline.completes).toBe(false);
      expect(timeline.start).toEqual([['myjob', 'logshipper']]);
      // The legacy sidecar is stopped too, but only when the stuck Pod is deleted.
      expect(timeline.stop).toEqual([['myjob'], ['logshipper']]);
      expect(phasesOf(timeline, 'myjob')).toContain('completed');
      const blocked = timeline.events.find((e) => e.phase === 'blocked');
      expect(blocked?.container).toBe('logshipper');
      expect(blocked?.reason).toContain('the Job never completes');
      expect(blocked).toMatchObject({ status: 'NotReady', ready: '1/2' });
      const deletion = timeline.events.find((e) => e.phase === 'terminating');
      expect(deletion?.reason).toContain('deletes it by hand');
      expect(deletion?.status).toBe('Terminating');
      expect(timeline.events.at(-1)).toMatchObject({
        container: 'logshipper',
        phase: 'terminated',
      });
    }
  });

  it('stops several native sidecars in reverse order once the main containers exit', () => {
    const timeline = simulateLifecycle(
      design({
        kind: 'Job',
        containers: [
          container('a'),
          container('b'),
          container('proxy', { role: 'sidecar' }),
          container('logs', { role: 'sidecar' }),
        ],
      }),
    );
    expect(timeline.stop).toEqual([['a', 'b'], ['logs'], ['proxy']]);
    expect(timeline.completes).toBe(true);
  });

  it('never completes when a main container restarts always on 1.35', () => {
    const timeline = simulateLifecycle(
      design({
        kind: 'Job',
        target: '1.35',
        containers: [container('work'), container('agent', { spec: { restartPolicy: 'Always' } })],
      }),
    );
    expect(timeline.completes).toBe(false);
    expect(phasesOf(timeline, 'agent')).toContain('blocked');
  });

  it('reports completes as null for kinds other than Job and CronJob', () => {
    expect(simulateLifecycle(design({ kind: 'Deployment' })).completes).toBeNull();
  });
});

describe('a sidecar crashes', () => {
  it('restarts a native sidecar after a back-off, even in a Job with restartPolicy Never', () => {
    const timeline = simulateLifecycle(job('native'), { scenario: 'sidecar-crash' });
    const phases = phasesOf(timeline, 'logshipper');
    expect(phases.slice(-5)).toEqual(['crashed', 'restarting', 'starting', 'started', 'ready']);
    const restarting = timeline.events.find((e) => e.phase === 'restarting');
    expect(restarting?.reason).toContain('whatever the Pod');
    expect(restarting?.reason).toContain('Never');
    const crashed = timeline.events.find((e) => e.phase === 'crashed');
    const again = timeline.events.filter((e) => e.phase === 'starting').at(-1);
    expect(again && crashed ? again.t - crashed.t : 0).toBe(10);
    expect(timeline.stop).toEqual([]);
  });

  it('leaves a crashed legacy sidecar dead under restartPolicy Never', () => {
    const timeline = simulateLifecycle(job('legacy'), { scenario: 'sidecar-crash' });
    expect(phasesOf(timeline, 'logshipper').slice(-2)).toEqual(['crashed', 'blocked']);
    expect(timeline.events.at(-1)?.reason).toContain('not restarted');
  });

  it('restarts a crashed legacy sidecar under restartPolicy Always like any main container', () => {
    const timeline = simulateLifecycle(
      design({
        kind: 'Deployment',
        sidecarMode: 'legacy',
        containers: [container('app'), container('proxy', { role: 'sidecar' })],
      }),
      { scenario: 'sidecar-crash', crash: 'proxy' },
    );
    expect(phasesOf(timeline, 'proxy')).toContain('restarting');
    const restarting = timeline.events.find((e) => e.phase === 'restarting');
    expect(restarting?.reason).toContain('follows the Pod');
  });

  it('adds nothing when the named container is not a sidecar', () => {
    const plain = simulateLifecycle(job('native'), { scenario: 'start' });
    const crash = simulateLifecycle(job('native'), { scenario: 'sidecar-crash', crash: 'myjob' });
    expect(crash.events).toEqual(plain.events);
  });
});
