import { lazy, Suspense } from 'react';
import { afterCanvas } from '../../store/afterCanvas';

// The lint rules are most of the panel's weight; they load once the canvas is interactive. The
// built page already shows the panel as it was prerendered until then.
const WarningsPanel = lazy(() =>
  afterCanvas()
    .then(() => import('./WarningsPanel'))
    .then((module) => ({ default: module.WarningsPanel })),
);

/** The Warnings panel, loaded after first paint, with its heading shown at once. */
export function LazyWarningsPanel() {
  return (
    <Suspense
      fallback={
        <section className="pane pane--warnings" aria-labelledby="warnings-heading">
          <div className="pane__header">
            <h2 id="warnings-heading">Warnings</h2>
          </div>
          <p className="warnings__none">Checking the design…</p>
        </section>
      }
    >
      <WarningsPanel />
    </Suspense>
  );
}
