import { lazy, Suspense, useMemo, useRef } from 'react';
import type { Design } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { useFrameLate } from '../components/useFrameLate';
import './inspector.css';

// The forms load just after first paint: nothing is selected when the page opens.
const ContainerInspector = lazy(() =>
  import('./ContainerInspector').then((m) => ({ default: m.ContainerInspector })),
);
const VolumeInspector = lazy(() =>
  import('./VolumeInspector').then((m) => ({ default: m.VolumeInspector })),
);

/**
 * A key for the form of the selected item that changes when another item is selected, so that no
 * half-typed value moves to it, but not when the item itself was renamed: the form stays, with
 * the focus of the person typing.
 */
function useFormKey(design: Design, kind: string, name: string | undefined): string {
  const last = useRef({ kind, name, design, generation: 0 });
  const previous = last.current;
  if (previous.kind !== kind || previous.name !== name) {
    const items = (d: Design) => (kind === 'container' ? d.containers : d.volumes);
    const renamed =
      previous.kind === kind &&
      previous.name !== undefined &&
      name !== undefined &&
      !items(design).some((item) => item.name === previous.name) &&
      !items(previous.design).some((item) => item.name === name);
    last.current = {
      kind,
      name,
      design,
      generation: renamed ? previous.generation : previous.generation + 1,
    };
  } else {
    last.current = { ...previous, design };
  }
  return `${kind}:${last.current.generation}`;
}

/** The "Inspector" region: the fields of the selected container or volume. */
export function Inspector() {
  // The form follows a frame after the canvas and the manifest, which show an edit first.
  const latestDesign = useStudio((state) => state.design);
  const latestSelection = useStudio((state) => state.selection);
  // One value, so that the design and the selection of a rename arrive together.
  const { design, selection } = useFrameLate(
    useMemo(
      () => ({ design: latestDesign, selection: latestSelection }),
      [latestDesign, latestSelection],
    ),
  );
  const container =
    selection?.kind === 'container'
      ? design.containers.find((c) => c.name === selection.name)
      : undefined;
  const volume =
    selection?.kind === 'volume'
      ? design.volumes.find((v) => v.name === selection.name)
      : undefined;
  const formKey = useFormKey(design, selection?.kind ?? 'none', selection?.name);

  return (
    <section className="pane pane--inspector" aria-labelledby="inspector-heading">
      <div className="pane__header">
        <h2 id="inspector-heading">Inspector</h2>
      </div>
      <div className="inspector">
        <Suspense fallback={<p className="inspector__hint">Opening the inspector…</p>}>
          {container && <ContainerInspector key={formKey} container={container} design={design} />}
          {volume && <VolumeInspector key={formKey} volume={volume} design={design} />}
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
