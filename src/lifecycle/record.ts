import type { TimelineEvent, TimelinePhase } from './types';

/** An event as the simulation records it, before the Pod's status columns are worked out. */
export type RecordedEvent = Omit<TimelineEvent, 'status' | 'ready'>;

/**
 * Collects timeline events as the simulation produces them and hands them back ordered by time;
 * events at the same time keep the order in which they were recorded.
 */
export class EventLog {
  private readonly list: RecordedEvent[] = [];

  /** Records one event. */
  add(t: number, container: string, phase: TimelinePhase, reason: string): void {
    this.list.push({ t, container, phase, reason });
  }

  /** The events so far, in a stable time order. */
  ordered(): RecordedEvent[] {
    return this.list
      .map((event, index) => ({ event, index }))
      .sort((a, b) => a.event.t - b.event.t || a.index - b.index)
      .map(({ event }) => event);
  }
}

/** "a", "a and b", "a, b and c". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "1 s", "2.5 s". */
export function secondsText(seconds: number): string {
  return `${Number(seconds.toFixed(3))} s`;
}

/** Orders container names as the design declares them. */
export function inDeclarationOrder(names: Iterable<string>, declared: readonly string[]): string[] {
  return [...names].sort((a, b) => declared.indexOf(a) - declared.indexOf(b));
}

/** A log that records into another one, every time moved by `offset`: to replay a sequence later. */
export class ShiftedLog extends EventLog {
  constructor(
    private readonly inner: EventLog,
    private readonly offset: number,
  ) {
    super();
  }

  override add(t: number, container: string, phase: TimelinePhase, reason: string): void {
    this.inner.add(t + this.offset, container, phase, reason);
  }
}
