import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/json';
import { container, design } from '../testing/build';
import { simulateLifecycle } from './simulate';
import type { Timeline, TimelinePhase } from './types';

/** The phases one container goes through, in order. */
function phasesOf(timeline: Timeline, name: string): TimelinePhase[] {
  return timeline.events.filter((e) => e.container === name).map((e) => e.phase);
}

/** The time of a container's first event in a phase. */
function timeOf(timeline: Timeline, name: string, phase: TimelinePhase): number {
  const event = timeline.events.find((e) => e.container === name && e.phase === phase);
  if (!event) throw new Error(`no ${phase} event for ${name}`);
  return event.t;
}

const probe = { tcpSocket: { port: 15021 }, periodSeconds: 1 };

/** The design of sidecar-rules.md §3.6. */
const workedStart = design({
  containers: [
    container('app'),
    container('worker'),
    container('fetch-secrets', { role: 'init' }),
    container('proxy', { role: 'sidecar', purpose: 'proxy', spec: { startupProbe: probe } }),
    container('migrate-db', { role: 'init' }),
    container('log-shipper', { role: 'sidecar', purpose: 'log-shipper' }),
  ],
});

describe('the worked startup timeline of sidecar-rules.md §3.6', () => {
  const timeline = simulateLifecycle(workedStart, { scenario: 'start' });

  it('starts the init containers one step each, then app and worker together', () => {
    expect(timeline.start).toEqual([
      ['fetch-secrets'],
      ['proxy'],
      ['migrate-db'],
      ['log-shipper'],
      ['app', 'worker'],
    ]);
    expect(timeline.stop).toEqual([]);
    expect(timeline.completes).toBeNull();
  });

  it('1. fetch-secrets runs and exits 0 before proxy starts', () => {
    expect(phasesOf(timeline, 'fetch-secrets')).toEqual(['starting', 'running', 'completed']);
    expect(timeOf(timeline, 'proxy', 'starting')).toBe(
      timeOf(timeline, 'fetch-secrets', 'completed'),
    );
  });

  it('2–3. proxy runs, its startup probe succeeds, and only then migrate-db starts', () => {
    expect(phasesOf(timeline, 'proxy')).toEqual([
      'waiting',
      'starting',
      'running',
      'started',
      'ready',
    ]);
    expect(timeOf(timeline, 'proxy', 'started')).toBeGreaterThan(
      timeOf(timeline, 'proxy', 'running'),
    );
    expect(timeOf(timeline, 'migrate-db', 'starting')).toBe(timeOf(timeline, 'proxy', 'started'));
    const waiting = timeline.events.find(
      (e) => e.container === 'migrate-db' && e.phase === 'waiting',
    );
    expect(waiting?.reason).toContain('proxy must be started before migrate-db starts');
    expect(waiting?.reason).toContain('startupProbe');
  });

  it('4. migrate-db exits 0, then log-shipper counts as started as soon as it runs', () => {
    expect(timeOf(timeline, 'log-shipper', 'starting')).toBe(
      timeOf(timeline, 'migrate-db', 'completed'),
    );
    expect(phasesOf(timeline, 'log-shipper')).not.toContain('running');
    expect(timeOf(timeline, 'log-shipper', 'started')).toBe(
      timeOf(timeline, 'log-shipper', 'starting') + 1,
    );
  });

  it('5. app and worker start once the Pod is initialized', () => {
    const initialized = timeOf(timeline, 'log-shipper', 'started');
    expect(timeOf(timeline, 'app', 'starting')).toBe(initialized);
    expect(timeOf(timeline, 'worker', 'starting')).toBe(initialized);
  });

  it('6. the Pod is Ready once proxy, log-shipper, app and worker are all ready', () => {
    const ready = timeline.events.filter((e) => e.phase === 'ready');
    expect(ready.map((e) => e.container).sort()).toEqual(['app', 'log-shipper', 'proxy', 'worker']);
    const last = ready.at(-1);
    expect(last?.reason).toContain('the Pod is Ready');
    expect(last?.t).toBe(Math.max(...ready.map((e) => e.t)));
  });

  it('keeps events in time order', () => {
    const times = timeline.events.map((e) => e.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('startupProbe gating', () => {
  function gateOf(startupProbe: Record<string, number> | undefined): number {
    const spec: JsonObject = startupProbe
      ? { startupProbe: { tcpSocket: { port: 1 }, ...startupProbe } }
      : {};
    const timeline = simulateLifecycle(
      design({ containers: [container('app'), container('proxy', { role: 'sidecar', spec })] }),
      { scenario: 'start' },
    );
    return timeOf(timeline, 'app', 'starting') - timeOf(timeline, 'proxy', 'starting');
  }

  it('holds the next container until the probe succeeds, following its timing fields', () => {
    const none = gateOf(undefined);
    expect(none).toBe(1);
    expect(gateOf({ periodSeconds: 1 })).toBe(2);
    expect(gateOf({})).toBe(11); // default periodSeconds 10: the first attempt is too early
    expect(gateOf({ initialDelaySeconds: 5 })).toBe(6);
  });

  it('never starts the next container when the probe gives up before the process answers', () => {
    const timeline = simulateLifecycle(
      design({
        containers: [
          container('app'),
          container('proxy', {
            role: 'sidecar',
            spec: { startupProbe: { tcpSocket: { port: 1 }, failureThreshold: 1 } },
          }),
        ],
      }),
      { scenario: 'start' },
    );
    expect(phasesOf(timeline, 'proxy')).toContain('restarting');
    expect(phasesOf(timeline, 'app')).toEqual(['waiting', 'blocked']);
    expect(timeline.start).toEqual([['proxy']]);
  });

  it('waits for a native sidecar’s postStart hook before the next container starts', () => {
    const timeline = simulateLifecycle(
      design({
        containers: [
          container('app'),
          container('proxy', {
            role: 'sidecar',
            spec: { lifecycle: { postStart: { sleep: { seconds: 4 } } } },
          }),
        ],
      }),
      { scenario: 'start' },
    );
    expect(timeOf(timeline, 'app', 'starting')).toBe(timeOf(timeline, 'proxy', 'running') + 4);
  });
});

describe('legacy sidecars start with the app, in no guaranteed order', () => {
  const legacy = design({
    sidecarMode: 'legacy',
    containers: [container('app'), container('proxy', { role: 'sidecar', purpose: 'proxy' })],
  });

  it('puts the legacy sidecar in the same start step as the app', () => {
    const timeline = simulateLifecycle(legacy, { scenario: 'start' });
    expect(timeline.start).toEqual([['app', 'proxy']]);
    const proxy = timeline.events.find((e) => e.container === 'proxy' && e.phase === 'starting');
    expect(proxy?.reason).toContain('no guaranteed order');
    expect(proxy?.reason).toContain('app may already run before proxy listens');
    const app = timeline.events.find((e) => e.container === 'app' && e.phase === 'starting');
    expect(app?.reason).toContain('legacy sidecar proxy');
    expect(app?.reason).toContain('does not wait for proxy to be ready');
  });

  it('starts the app after a legacy sidecar declared first with a blocking postStart', () => {
    const hooked = design({
      sidecarMode: 'legacy',
      containers: [
        container('proxy', {
          role: 'sidecar',
          spec: { lifecycle: { postStart: { exec: { command: ['pilot-agent', 'wait'] } } } },
        }),
        container('app'),
      ],
    });
    const timeline = simulateLifecycle(hooked, { scenario: 'start' });
    expect(timeline.start).toEqual([['proxy'], ['app']]);
    expect(timeOf(timeline, 'app', 'starting')).toBe(timeOf(timeline, 'proxy', 'started'));
  });
});

describe('native sidecars on clusters without sidecar support', () => {
  const build = (target: '1.27' | '1.28' | '1.29') =>
    design({
      target,
      kind: 'Job',
      containers: [
        container('app'),
        container('setup', { role: 'init' }),
        container('proxy', { role: 'sidecar' }),
        container('migrate', { role: 'init' }),
      ],
    });

  it('hangs the Pod in Init on 1.27: the sidecar becomes an init container that never exits', () => {
    const timeline = simulateLifecycle(build('1.27'));
    expect(timeline.start).toEqual([['setup'], ['proxy']]);
    expect(timeline.completes).toBe(false);
    expect(timeline.stop).toEqual([]);
    const proxy = timeline.events.filter((e) => e.container === 'proxy');
    expect(proxy.map((e) => e.phase)).toEqual(['waiting', 'starting', 'blocked']);
    expect(proxy[1]?.reason).toContain('1.27');
    expect(proxy[2]?.reason).toContain('stays in Init');
    expect(phasesOf(timeline, 'migrate')).toEqual(['waiting', 'blocked']);
    expect(phasesOf(timeline, 'app')).toEqual(['waiting', 'blocked']);
  });

  it('hangs the same way on 1.28, where the gate is off by default, but not with the gate on', () => {
    const off = simulateLifecycle(build('1.28'));
    expect(off.start).toEqual([['setup'], ['proxy']]);
    expect(off.events.some((e) => e.reason.includes('off by default'))).toBe(true);
    const on = simulateLifecycle(build('1.28'), { sidecarContainersGate: true });
    expect(on.start).toEqual([['setup'], ['proxy'], ['migrate'], ['app']]);
    expect(on.completes).toBe(true);
  });

  it('stops the hanging sidecar when the Pod is deleted', () => {
    const timeline = simulateLifecycle(build('1.27'), { scenario: 'delete' });
    expect(timeline.stop).toEqual([['proxy']]);
    expect(phasesOf(timeline, 'proxy').slice(-2)).toEqual(['terminating', 'terminated']);
  });
});
