import { studioStore, useStudio } from '../../store/studioStore';
import { applyLayout } from './autoLayout';
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
      onClick={() => void applyLayout(studioStore.getState().design, true)}
    >
      Tidy up
    </button>
  );
}
