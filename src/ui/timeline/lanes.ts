import type { LifecycleScenario, Timeline, TimelinePhase } from '../../lifecycle';
import { isInInitContainers, isNativeSidecar } from '../../model/placement';
import type { Design } from '../../model/types';

/** How a stretch of a lane is drawn; the legend names each. */
export type BarKind =
  | 'waiting'
  | 'starting'
  | 'init-run'
  | 'pending'
  | 'started'
  | 'ready'
  | 'prestop'
  | 'terminating'
  | 'backoff'
  | 'blocked';

/** A stretch of time a container spends in one phase, from one of its events to its next. */
export interface Bar {
  kind: BarKind;
  from: number;
  to: number;
  /** Short words for the stretch, e.g. "runs its task". */
  label: string;
  /** The event that opens the stretch. */
  event: number;
  /** True when nothing ends it: it lasts past the end of what is shown. */
  open: boolean;
}

/** A moment without duration: an exit, a kill, a crash. */
export interface Marker {
  kind: 'completed' | 'terminated' | 'killed' | 'crashed';
  t: number;
  label: string;
  event: number;
}

/** One container's row. */
export interface Lane {
  container: string;
  /** How Kubernetes sees it: "init container", "native sidecar", "legacy sidecar", "main container". */
  placement: string;
  bars: Bar[];
  markers: Marker[];
  /** Indexes of its events in the timeline. */
  events: number[];
}

/** How a Job's Pod ends in the "main container exits" scenario. */
export interface Outcome {
  completes: boolean;
  t: number;
  text: string;
}

export interface TimelineView {
  lanes: Lane[];
  /** The time the axis ends at, a little after the last event. */
  end: number;
  /** Axis labels in seconds. */
  ticks: number[];
  outcome?: Outcome;
}

const MARKERS: Partial<Record<TimelinePhase, Marker['kind']>> = {
  completed: 'completed',
  terminated: 'terminated',
  killed: 'killed',
  crashed: 'crashed',
};

const MARKER_LABELS: Record<Marker['kind'], string> = {
  completed: 'exits 0',
  terminated: 'exits',
  killed: 'killed (SIGKILL)',
  crashed: 'crashes',
};

/** Words for the bars in the legend. */
export const BAR_LABELS: Record<BarKind, string> = {
  waiting: 'waits',
  starting: 'starts',
  'init-run': 'init runs its task',
  pending: 'runs, not counted as started yet',
  started: 'started',
  ready: 'ready',
  prestop: 'preStop hook',
  terminating: 'terminating (stop signal sent)',
  backoff: 'restart back-off',
  blocked: 'blocked',
};

function barKind(phase: TimelinePhase, init: boolean): BarKind | undefined {
  switch (phase) {
    case 'waiting':
      return 'waiting';
    case 'starting':
      return 'starting';
    case 'running':
      return init ? 'init-run' : 'pending';
    case 'started':
      return 'started';
    case 'ready':
      return 'ready';
    case 'prestop':
      return 'prestop';
    case 'terminating':
      return 'terminating';
    case 'restarting':
      return 'backoff';
    case 'blocked':
      return 'blocked';
    default:
      return undefined;
  }
}

function placementOf(design: Design, name: string): string {
  const c = design.containers.find((entry) => entry.name === name);
  if (c === undefined) return 'container';
  if (c.role === 'init') return 'init container';
  if (c.role === 'sidecar') return isNativeSidecar(design, c) ? 'native sidecar' : 'legacy sidecar';
  return isInInitContainers(design, c) ? 'init container' : 'main container';
}

/** Containers in the order they start, then any that never start, as the design declares them. */
export function laneOrder(design: Design, timeline: Timeline): string[] {
  const order: string[] = [];
  const add = (name: string) => {
    if (!order.includes(name)) order.push(name);
  };
  for (const step of timeline.start) for (const name of step) add(name);
  for (const c of design.containers) add(c.name);
  for (const e of timeline.events) add(e.container);
  return order;
}

/** A tick spacing that gives at most about ten labels. */
export function ticksFor(end: number): number[] {
  const steps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600];
  const step = steps.find((s) => end / s <= 10) ?? Math.ceil(end / 10);
  const ticks: number[] = [];
  for (let t = 0; t <= end; t += step) ticks.push(t);
  return ticks;
}

function outcomeOf(timeline: Timeline, scenario: LifecycleScenario): Outcome | undefined {
  if (timeline.completes === null || scenario !== 'main-exits') return undefined;
  const last = timeline.events[timeline.events.length - 1];
  const t = last?.t ?? 0;
  return timeline.completes
    ? { completes: true, t, text: 'The Pod succeeds and the Job counts a completion.' }
    : {
        completes: false,
        t,
        text: 'The Pod keeps running until it is deleted: the Job never completes.',
      };
}

/**
 * The lanes of the timeline: one per container, in start order, each a row of bars (from one of
 * its events to its next) and markers (exits, kills, crashes), all derived from the events.
 */
export function timelineView(
  design: Design,
  timeline: Timeline,
  scenario: LifecycleScenario,
): TimelineView {
  const lastT = timeline.events.reduce((max, e) => Math.max(max, e.t), 0);
  const end = lastT + Math.max(2, Math.ceil(lastT * 0.08));
  const lanes = laneOrder(design, timeline).map((container): Lane => {
    const init = design.containers.some((c) => c.name === container && c.role === 'init');
    const indexes = timeline.events.flatMap((e, i) => (e.container === container ? [i] : []));
    const bars: Bar[] = [];
    const markers: Marker[] = [];
    indexes.forEach((index, position) => {
      const event = timeline.events[index];
      if (event === undefined) return;
      const marker = MARKERS[event.phase];
      if (marker !== undefined) {
        markers.push({ kind: marker, t: event.t, label: MARKER_LABELS[marker], event: index });
        return;
      }
      const kind = barKind(event.phase, init);
      if (kind === undefined) return;
      const nextIndex = indexes[position + 1];
      const next = nextIndex === undefined ? undefined : timeline.events[nextIndex];
      const to = next?.t ?? end;
      if (to <= event.t && next !== undefined) return;
      bars.push({
        kind,
        from: event.t,
        to,
        label: BAR_LABELS[kind],
        event: index,
        open: next === undefined,
      });
    });
    return {
      container,
      placement: placementOf(design, container),
      bars,
      markers,
      events: indexes,
    };
  });
  const outcome = outcomeOf(timeline, scenario);
  return {
    lanes,
    end,
    ticks: ticksFor(end),
    ...(outcome !== undefined && { outcome }),
  };
}

function secondsText(t: number): string {
  return `${Number(t.toFixed(3))} s`;
}

/** The lane in words for a screen reader: "waits 0–1 s; starts 1–2 s; ready from 2 s; exits at 8 s". */
export function laneSummary(lane: Lane): string {
  const parts = [
    ...lane.bars.map((bar) => ({
      event: bar.event,
      text: bar.open
        ? `${bar.label} from ${secondsText(bar.from)}`
        : `${bar.label} ${Number(bar.from.toFixed(3))}–${secondsText(bar.to)}`,
    })),
    ...lane.markers.map((marker) => ({
      event: marker.event,
      text: `${marker.label} at ${secondsText(marker.t)}`,
    })),
  ].sort((a, b) => a.event - b.event);
  return parts.length === 0 ? 'no events' : parts.map((p) => p.text).join('; ');
}
