import { lazy, Suspense } from 'react';
import { useTimeline } from '../../store/timeline';
import './timeline.css';

// The simulation and the timeline's view load only when a person opens the region.
const LifecyclePanel = lazy(() =>
  import('./LifecyclePanel').then((module) => ({ default: module.LifecyclePanel })),
);

/**
 * The "Lifecycle" region: a drawer under the canvas and the manifest. Closed, it is one line;
 * open, it shows the Pod's start and stop sequence step by step and its effective resources.
 */
export function LifecycleDrawer() {
  const open = useTimeline((state) => state.open);
  const setOpen = useTimeline((state) => state.setOpen);
  return (
    <section
      className={`pane lifecycle${open ? ' is-open' : ''}`}
      aria-labelledby="lifecycle-heading"
    >
      <div className="pane__header lifecycle__header">
        <h2 id="lifecycle-heading">
          <button
            type="button"
            className="lifecycle__toggle"
            aria-expanded={open}
            aria-controls="lifecycle-body"
            onClick={() => setOpen(!open)}
          >
            <span className="lifecycle__chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            Lifecycle
          </button>
        </h2>
        {!open && (
          <span className="pane__status">
            Watch the Pod start and stop, one event at a time, and what it reserves
          </span>
        )}
      </div>
      <div id="lifecycle-body" className="lifecycle__body" hidden={!open}>
        {open && (
          <Suspense fallback={<p className="lifecycle__loading">Loading the timeline…</p>}>
            <LifecyclePanel />
          </Suspense>
        )}
      </div>
    </section>
  );
}
