import { PodCanvas } from '../canvas/PodCanvas';
import { TidyUpButton } from '../canvas/TidyUpButton';

/** The "Pod" region: the canvas with the pod and what runs in it. */
export function CanvasPane() {
  return (
    <section className="pane pane--canvas" aria-labelledby="pod-heading">
      <div className="pane__header">
        <h2 id="pod-heading">Pod</h2>
        <TidyUpButton />
      </div>
      <PodCanvas />
    </section>
  );
}
