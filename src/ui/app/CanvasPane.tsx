import { PodCanvas } from '../canvas/PodCanvas';

/** The "Pod" region: the canvas with the pod and what runs in it. */
export function CanvasPane() {
  return (
    <section className="pane pane--canvas" aria-labelledby="pod-heading">
      <div className="pane__header">
        <h2 id="pod-heading">Pod</h2>
      </div>
      <PodCanvas />
    </section>
  );
}
