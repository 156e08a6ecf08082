import { PodCanvas } from '../canvas/PodCanvas';
import { TidyUpButton } from '../canvas/TidyUpButton';
import { Palette } from '../palette/Palette';

/**
 * The "Pod" region: the canvas with the pod and what runs in it, under one header line holding
 * the palette of things to add and "Tidy up", so that the canvas keeps the height of the page.
 * React Flow comes with the page's own script: the canvas is what the first paint is for.
 */
export function CanvasPane() {
  return (
    <section className="pane pane--canvas" aria-labelledby="pod-heading">
      <div className="pane__header pane__header--canvas">
        <h2 id="pod-heading">Pod</h2>
        <Palette />
        <TidyUpButton />
      </div>
      <PodCanvas />
    </section>
  );
}
