import { lazy, Suspense } from 'react';

// React Flow is the largest part of the canvas: it loads right after the page's own script, while
// the built page shows the prerendered diagram.
const PodCanvas = lazy(() =>
  import('../canvas/PodCanvas').then((module) => ({ default: module.PodCanvas })),
);

/** The "Pod" region: the canvas with the pod and what runs in it. */
export function CanvasPane() {
  return (
    <section className="pane pane--canvas" aria-labelledby="pod-heading">
      <div className="pane__header">
        <h2 id="pod-heading">Pod</h2>
      </div>
      <Suspense fallback={<div className="pod-canvas" />}>
        <PodCanvas />
      </Suspense>
    </section>
  );
}
