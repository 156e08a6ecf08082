import { useStudio } from '../../store/studioStore';
import { browserPlatform, isApplePlatform, undoShortcutLabels } from './shortcuts';

const apple = isApplePlatform(browserPlatform());
const labels = undoShortcutLabels(apple);
const keys = apple
  ? { undo: 'Meta+Z', redo: 'Meta+Shift+Z' }
  : { undo: 'Control+Z', redo: 'Control+Shift+Z' };

/** Undo and redo of the design, each off when there is nothing to take back or bring back. */
export function UndoRedoButtons() {
  const undo = useStudio((state) => state.undo);
  const redo = useStudio((state) => state.redo);
  const canUndo = useStudio((state) => state.canUndo);
  const canRedo = useStudio((state) => state.canRedo);
  return (
    <div className="toolbar__group">
      <button
        type="button"
        className="button"
        onClick={undo}
        disabled={!canUndo}
        title={`Undo (${labels.undo})`}
        aria-keyshortcuts={keys.undo}
      >
        Undo
      </button>
      <button
        type="button"
        className="button"
        onClick={redo}
        disabled={!canRedo}
        title={`Redo (${labels.redo})`}
        aria-keyshortcuts={keys.redo}
      >
        Redo
      </button>
    </div>
  );
}
