import type { LifecycleScenario, TimelineEvent } from '../../lifecycle';

/** The scenarios a person can choose, in the words of the menu. */
export const SCENARIO_LABELS: Record<LifecycleScenario, string> = {
  start: 'Normal start',
  delete: 'Pod deleted',
  'main-exits': 'Main container exits (Jobs)',
  'sidecar-crash': 'A sidecar crashes',
  'init-fails': 'An init container fails',
  'probe-fails': 'A startup probe never succeeds',
};

/** What a key pressed inside the "Lifecycle" region asks for. */
export type PlaybackAction = 'toggle' | 'previous' | 'next' | 'first' | 'last';

/**
 * The action for a key, or `null` when the key belongs to the control that has focus: Space
 * presses a focused button, and a menu or text field uses every key itself.
 */
export function keyAction(
  key: string,
  focused: 'button' | 'field' | 'other',
): PlaybackAction | null {
  if (focused === 'field') return null;
  switch (key) {
    case ' ':
    case 'Spacebar':
      return focused === 'button' ? null : 'toggle';
    case 'ArrowLeft':
      return 'previous';
    case 'ArrowRight':
      return 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The event index after an action, kept within the events. */
export function moveCursor(cursor: number, action: PlaybackAction, count: number): number {
  if (count === 0) return 0;
  const last = count - 1;
  switch (action) {
    case 'previous':
      return Math.max(0, Math.min(cursor, last) - 1);
    case 'next':
      return Math.min(last, cursor + 1);
    case 'first':
      return 0;
    case 'last':
      return last;
    default:
      return Math.min(cursor, last);
  }
}

/** "1 s", "2.5 s". */
export function secondsLabel(t: number): string {
  return `${Number(t.toFixed(3))} s`;
}

/** "Event 3 of 12". */
export function positionText(
  cursor: number,
  count: number,
  event: TimelineEvent | undefined,
): string {
  if (event === undefined) return 'No events';
  return `Event ${cursor + 1} of ${count}`;
}

/** The sentence read out for the event shown: when, who, and the simulation's reason. */
export function eventSentence(event: TimelineEvent | undefined): string {
  if (event === undefined) return 'Nothing happens in this scenario.';
  return `At ${secondsLabel(event.t)}, ${event.container}: ${event.reason}`;
}
