import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  defaultScenario,
  LIFECYCLE_SCENARIOS,
  type LifecycleScenario,
  SCENARIO_FIT,
  scenarioCandidates,
  scenarioContainer,
  TARGETED_SCENARIOS,
} from '../../lifecycle';
import { timelineOf } from '../../store/derived';
import { useStudio } from '../../store/studioStore';
import { timelineStore } from '../../store/timeline';
import { ExplainButton } from '../explain/ExplainButton';
import { ActingHighlight } from './ActingHighlight';
import { timelineView } from './lanes';
import { PodColumns } from './PodColumns';
import {
  keyAction,
  moveCursor,
  type PlaybackAction,
  positionText,
  SCENARIO_LABELS,
  secondsLabel,
} from './playback';
import { usePlaybackClock } from './playbackClock';
import { ResourcesSummary } from './ResourcesSummary';
import { TimelineLanes } from './TimelineLanes';

function focusedKind(target: EventTarget): 'button' | 'field' | 'other' {
  if (!(target instanceof Element)) return 'other';
  // A dialog opened from the region keeps its keys to itself.
  if (target.closest('select, input, textarea, [contenteditable="true"], dialog')) return 'field';
  if (target.closest('button, a')) return 'button';
  return 'other';
}

/**
 * The open "Lifecycle" region: the chosen scenario simulated on the current design, played or
 * stepped one event at a time with its sentence, beside the Pod's effective resources. Every
 * change of the design is simulated again and the timeline starts over.
 */
export function LifecyclePanel() {
  const design = useStudio((state) => state.design);
  const [chosen, setChosen] = useState<LifecycleScenario | null>(null);
  const scenario = chosen ?? defaultScenario(design);
  const [pickedContainer, setPickedContainer] = useState<string | null>(null);
  const candidates = useMemo(() => scenarioCandidates(design, scenario), [design, scenario]);
  const target = scenarioContainer(design, scenario, pickedContainer ?? undefined)
    ? (pickedContainer ?? undefined)
    : undefined;
  const timeline = timelineOf(design, scenario, target);
  const missing =
    TARGETED_SCENARIOS.includes(scenario) && candidates.length === 0
      ? `This Pod has no ${SCENARIO_FIT[scenario]?.replace(/^an? /, '')}: only its start is shown.`
      : undefined;
  const view = useMemo(
    () => timelineView(design, timeline, scenario),
    [design, timeline, scenario],
  );
  const [cursor, setCursor] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [shown, setShown] = useState(timeline);
  if (shown !== timeline) {
    setShown(timeline);
    setCursor(0);
    setPlaying(false);
  }

  const count = timeline.events.length;
  const event = timeline.events[Math.min(cursor, count - 1)];
  const atEnd = count > 0 && cursor >= count - 1;
  const acting = event?.container;

  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    timelineStore.getState().setActing(acting ?? null);
    // Keeps the acting container's lane in sight when the lanes do not all fit.
    const lane = panel.current?.querySelector('.lane.is-acting');
    lane?.scrollIntoView({ block: 'nearest' });
  }, [acting]);
  useEffect(() => () => timelineStore.getState().setActing(null), []);

  const advance = useCallback((next: number) => setCursor(next), []);
  const stop = useCallback(() => setPlaying(false), []);
  usePlaybackClock({ playing, cursor, atEnd, advance, stop });

  const act = (action: PlaybackAction) => {
    if (action === 'toggle') {
      if (playing) setPlaying(false);
      else {
        if (atEnd) setCursor(0);
        setPlaying(count > 1);
      }
      return;
    }
    setPlaying(false);
    setCursor((c) => moveCursor(c, action, count));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const action = keyAction(e.key, focusedKind(e.target));
    if (action === null) return;
    e.preventDefault();
    act(action);
  };

  const outcome = atEnd ? view.outcome : undefined;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys only act when focus is on one of the region's own controls or on the timeline, which is focusable
    <div className="lifecycle__panel" ref={panel} onKeyDown={onKeyDown}>
      <div className="lifecycle__main">
        <div className="lifecycle__now">
          <div className="lifecycle__controls">
            <label className="lifecycle__field">
              <span>Scenario</span>
              <select
                value={scenario}
                onChange={(e) => setChosen(e.target.value as LifecycleScenario)}
              >
                {LIFECYCLE_SCENARIOS.map((s) => (
                  <option key={s} value={s}>
                    {SCENARIO_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
            {candidates.length > 1 && (
              <label className="lifecycle__field">
                <span>Acts on</span>
                <select
                  value={target ?? candidates[0]}
                  onChange={(e) => setPickedContainer(e.target.value)}
                >
                  {candidates.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <div className="lifecycle__buttons">
              <button
                type="button"
                className="button"
                aria-label="First event"
                onClick={() => act('first')}
              >
                «
              </button>
              <button
                type="button"
                className="button"
                aria-label="Previous event"
                onClick={() => act('previous')}
              >
                ‹
              </button>
              <button
                type="button"
                className="button lifecycle__play"
                onClick={() => act('toggle')}
              >
                {playing ? 'Pause' : 'Play'}
              </button>
              <button
                type="button"
                className="button"
                aria-label="Next event"
                onClick={() => act('next')}
              >
                ›
              </button>
              <button
                type="button"
                className="button"
                aria-label="Last event"
                onClick={() => act('last')}
              >
                »
              </button>
            </div>
            {acting !== undefined && <ExplainButton container={acting} />}
            <span className="lifecycle__keys" aria-hidden="true">
              Timeline keys: Space, ← →, Home, End
            </span>
          </div>
          <p className="lifecycle__sentence" aria-live="polite" aria-atomic="true">
            {event === undefined ? (
              'Nothing happens in this scenario.'
            ) : (
              <>
                <span className="visually-hidden">At {secondsLabel(event.t)}, </span>
                <strong className="lifecycle__actor">{event.container}</strong>
                <span className="visually-hidden">:</span> {event.reason}
                {outcome && (
                  <span
                    className={`lifecycle__outcome${outcome.completes ? ' is-complete' : ' is-stuck'}`}
                  >
                    {' '}
                    {outcome.text}
                  </span>
                )}
              </>
            )}
          </p>
          {missing !== undefined && <p className="lifecycle__missing">{missing}</p>}
          {event !== undefined && <PodColumns status={event.status} ready={event.ready} />}
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: a group of lanes, not a form's fieldset */}
        <div
          className="lifecycle__timeline"
          role="group"
          aria-label="Timeline"
          aria-describedby="lifecycle-keys"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the timeline takes focus so that Space and the arrow keys play and step it
          tabIndex={0}
        >
          <TimelineLanes
            view={view}
            position={positionText(Math.min(cursor, count - 1), count, event)}
            now={event?.t ?? 0}
            acting={acting}
          />
        </div>
        <p id="lifecycle-keys" className="visually-hidden">
          In the timeline: Space plays or pauses, Left and Right step, Home and End jump.
        </p>
      </div>
      <ResourcesSummary design={design} />
      {acting !== undefined && <ActingHighlight container={acting} />}
    </div>
  );
}
