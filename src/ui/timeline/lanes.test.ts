import { describe, expect, it } from 'vitest';
import { simulateLifecycle } from '../../lifecycle';
import { starterDesign } from '../../model/create';
import { setSidecarMode, setWorkloadKind } from '../../model/ops';
import { container, design } from '../../testing/build';
import { laneOrder, laneSummary, ticksFor, timelineView } from './lanes';

describe('timelineView', () => {
  it('gives one lane per container in start order, with its placement', () => {
    const d = design({
      containers: [
        container('app'),
        container('setup', { role: 'init' }),
        container('proxy', { role: 'sidecar' }),
      ],
    });
    const timeline = simulateLifecycle(d, { scenario: 'start' });
    const view = timelineView(d, timeline, 'start');
    expect(view.lanes.map((l) => [l.container, l.placement])).toEqual([
      ['setup', 'init container'],
      ['proxy', 'native sidecar'],
      ['app', 'main container'],
    ]);
    const setup = view.lanes[0];
    expect(setup?.bars.map((b) => b.kind)).toContain('init-run');
    expect(setup?.markers.map((m) => m.kind)).toEqual(['completed']);
  });

  it('derives bars from one event of a container to its next', () => {
    const d = starterDesign();
    const timeline = simulateLifecycle(d, { scenario: 'delete' });
    const view = timelineView(d, timeline, 'delete');
    const app = view.lanes.find((l) => l.container === 'app');
    expect(app?.bars.map((b) => [b.kind, b.from, b.to])).toEqual([
      ['waiting', 0, 1],
      ['starting', 1, 2],
      ['ready', 2, 7],
      ['terminating', 7, 8],
    ]);
    expect(app?.markers).toMatchObject([{ kind: 'terminated', t: 8 }]);
    expect(view.end).toBeGreaterThan(9);
    expect(
      laneSummary(app ?? { container: '', placement: '', bars: [], markers: [], events: [] }),
    ).toBe(
      'waits 0–1 s; starts 1–2 s; ready 2–7 s; terminating (stop signal sent) 7–8 s; exits at 8 s',
    );
  });

  it('every event belongs to exactly one lane', () => {
    const d = setSidecarMode(starterDesign(), 'legacy');
    const timeline = simulateLifecycle(d, { scenario: 'sidecar-crash' });
    const view = timelineView(d, timeline, 'sidecar-crash');
    const indexes = view.lanes.flatMap((l) => l.events).sort((a, b) => a - b);
    expect(indexes).toEqual(timeline.events.map((_, i) => i));
  });

  it("says how a Job's Pod ends when its main container exits", () => {
    const job = setWorkloadKind(starterDesign(), 'Job');
    const native = timelineView(
      job,
      simulateLifecycle(job, { scenario: 'main-exits' }),
      'main-exits',
    );
    expect(native.outcome).toMatchObject({ completes: true });
    const legacy = setSidecarMode(job, 'legacy');
    const stuck = timelineView(
      legacy,
      simulateLifecycle(legacy, { scenario: 'main-exits' }),
      'main-exits',
    );
    expect(stuck.outcome).toMatchObject({ completes: false });
    const shipper = stuck.lanes.find((l) => l.container === 'log-shipper');
    expect(shipper?.bars.map((bar) => bar.kind)).toContain('blocked');
    expect(shipper?.markers.at(-1)).toMatchObject({ kind: 'terminated' });
    expect(stuck.outcome?.text).toContain('until it is deleted');
    expect(
      timelineView(job, simulateLifecycle(job, { scenario: 'delete' }), 'delete').outcome,
    ).toBe(undefined);
  });

  it('orders lanes by the start steps, then the remaining containers', () => {
    const d = starterDesign();
    expect(laneOrder(d, { start: [], stop: [], completes: null, events: [] })).toEqual([
      'app',
      'log-shipper',
    ]);
  });
});

describe('ticksFor', () => {
  it('keeps about ten labels', () => {
    expect(ticksFor(10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ticksFor(45)).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45]);
    expect(ticksFor(200).length).toBeLessThanOrEqual(11);
  });
});
