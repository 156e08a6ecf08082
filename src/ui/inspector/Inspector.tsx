import { lazy, Suspense } from 'react';
import { useStudio } from '../../store/studioStore';
import './inspector.css';

// The forms load just after first paint: nothing is selected when the page opens.
const ContainerInspector = lazy(() =>
  import('./ContainerInspector').then((m) => ({ default: m.ContainerInspector })),
);
const VolumeInspector = lazy(() =>
  import('./VolumeInspector').then((m) => ({ default: m.VolumeInspector })),
);

/** The "Inspector" region: the fields of the selected container or volume. */
export function Inspector() {
  const design = useStudio((state) => state.design);
  const selection = useStudio((state) => state.selection);
  const container =
    selection?.kind === 'container'
      ? design.containers.find((c) => c.name === selection.name)
      : undefined;
  const volume =
    selection?.kind === 'volume'
      ? design.volumes.find((v) => v.name === selection.name)
      : undefined;

  return (
    <section className="pane pane--inspector" aria-labelledby="inspector-heading">
      <div className="pane__header">
        <h2 id="inspector-heading">Inspector</h2>
      </div>
      <div className="inspector">
        <Suspense fallback={<p className="inspector__hint">Opening the inspector…</p>}>
          {container && (
            <ContainerInspector key={`c:${container.name}`} container={container} design={design} />
          )}
          {volume && <VolumeInspector key={`v:${volume.name}`} volume={volume} design={design} />}
        </Suspense>
        {!container && !volume && (
          <p className="inspector__empty inspector__hint">
            Select a container or a volume in the pod to edit it here.
          </p>
        )}
      </div>
    </section>
  );
}
