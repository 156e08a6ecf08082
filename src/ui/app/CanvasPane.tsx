import { lazy, Suspense } from 'react';
import { TidyUpButton } from '../canvas/TidyUpButton';
import { Palette } from '../palette/Palette';

// React Flow is the largest part of the canvas: it loads right after the page's own script, while
// the built page shows the prerendered diagram.
const PodCanvas = lazy(() =>
  import('../canvas/PodCanvas').then((module) => ({ default: module.PodCanvas })),
);

/**
 * The "Pod" region: the canvas with the pod and what runs in it, under one header line holding
 * the palette of things to add and "Tidy up", so that the canvas keeps the height of the page.
 */
export function CanvasPane() {
  return (
    <section className="pane pane--canvas" aria-labelledby="pod-heading">
      <div className="pane__header pane__header--canvas">
        <h2 id="pod-heading">Pod</h2>
        <Palette />
        <TidyUpButton />
      </div>
      <Suspense fallback={<div className="pod-canvas" />}>
        <PodCanvas />
      </Suspense>
    </section>
  );
}
