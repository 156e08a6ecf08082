import type { CSSProperties } from 'react';
import { BAR_LABELS, type BarKind, laneSummary, type TimelineView } from './lanes';
import { secondsLabel } from './playback';

interface TimelineLanesProps {
  view: TimelineView;
  /** Where the cursor is, e.g. "Event 3 of 12", shown at the start of the axis. */
  position: string;
  /** The time of the event shown; what comes later is drawn faded. */
  now: number;
  /** The container of the event shown. */
  acting: string | undefined;
}

function span(from: number, to: number, end: number): CSSProperties {
  const left = (from / end) * 100;
  const width = Math.max(((to - from) / end) * 100, 0.6);
  return { left: `${left}%`, width: `${width}%` };
}

/** One lane per container in start order: bars for each phase, markers for exits and crashes. */
export function TimelineLanes({ view, position, now, acting }: TimelineLanesProps) {
  const kinds = new Set<BarKind>(view.lanes.flatMap((lane) => lane.bars.map((bar) => bar.kind)));
  const at = (t: number) => `${(t / view.end) * 100}%`;
  return (
    <div className="lanes">
      <div className="lanes__axis">
        <span className="lanes__position">{position}</span>
        <span className="lanes__track" aria-hidden="true">
          {view.ticks.map((t) => (
            <span key={t} className="lanes__tick" style={{ left: at(t) }}>
              {secondsLabel(t)}
            </span>
          ))}
        </span>
      </div>
      <ol className="lanes__list" aria-label="Containers in start order">
        {view.lanes.map((lane) => (
          <li
            key={lane.container}
            className={`lane${lane.container === acting ? ' is-acting' : ''}`}
            aria-current={lane.container === acting ? 'step' : undefined}
          >
            <span className="lanes__name">
              <span className="lane__container">{lane.container}</span>
              <span className="lane__placement">{lane.placement}</span>
            </span>
            <span className="visually-hidden">: {laneSummary(lane)}</span>
            <span className="lanes__track" aria-hidden="true">
              {lane.bars.map((bar) => (
                <span
                  key={`${bar.event}`}
                  className={`bar bar--${bar.kind}${bar.from > now ? ' is-future' : ''}${bar.open ? ' is-open' : ''}`}
                  style={span(bar.from, bar.to, view.end)}
                  title={`${lane.container}: ${bar.label}, ${secondsLabel(bar.from)}${bar.open ? ' onwards' : ` to ${secondsLabel(bar.to)}`}`}
                />
              ))}
              {lane.markers.map((marker) => (
                <span
                  key={`${marker.event}`}
                  className={`marker marker--${marker.kind}${marker.t > now ? ' is-future' : ''}`}
                  style={{ left: at(marker.t) }}
                  title={`${lane.container} ${marker.label} at ${secondsLabel(marker.t)}`}
                />
              ))}
              <span className="lanes__now" style={{ left: at(now) }} />
            </span>
          </li>
        ))}
      </ol>
      <ul className="lanes__legend" aria-label="Legend">
        {[...kinds].map((kind) => (
          <li key={kind}>
            <span className={`swatch bar--${kind}`} aria-hidden="true" />
            {BAR_LABELS[kind]}
          </li>
        ))}
        {view.lanes.some((lane) => lane.markers.length > 0) && (
          <li>
            <span className="swatch swatch--marker" aria-hidden="true" />
            exit, kill or crash
          </li>
        )}
      </ul>
    </div>
  );
}
