import { studioStore, useStudio } from '../../store/studioStore';
import { useLayoutState } from './layoutState';

/** "Tidy up": lays the whole diagram out again, as one undo step. */
export function TidyUpButton() {
  const empty = useStudio(
    (state) => state.design.containers.length + state.design.volumes.length === 0,
  );
  const running = useLayoutState((state) => state.running);
  return (
    <button
      type="button"
      className="button button--small"
      disabled={empty}
      aria-busy={running}
      title="Lay the diagram out again; your own placement comes back with Undo"
      onClick={async () => {
        // The layout code loads on first use: it is not needed to draw the first screen.
        const { applyLayout } = await import('./autoLayout');
        await applyLayout(studioStore.getState().design, true);
      }}
    >
      Tidy up
    </button>
  );
}
