import { useStore } from 'zustand';
import { ImportNotesDialog } from '../document/ImportNotesDialog';
import { WorkloadPickerDialog } from '../document/WorkloadPickerDialog';
import { openImported, pageImportStore } from './pageImport';

/**
 * What importing by dropping or pasting shows: the drop target while a file is dragged over the
 * page, the choice of workload for a file with several, and what the import could not model.
 */
export function PageImportLayer() {
  const dragging = useStore(pageImportStore, (state) => state.dragging);
  const choosing = useStore(pageImportStore, (state) => state.choosing);
  const notes = useStore(pageImportStore, (state) => state.notes);
  return (
    <>
      {dragging && (
        <div className="drop-target" role="status" aria-label="Drop target">
          <p className="drop-target__text">Drop a manifest (.yaml, .yml or .json) to import it</p>
        </div>
      )}
      <WorkloadPickerDialog
        fileName={choosing?.fileName ?? null}
        choices={choosing?.outcome.choices ?? []}
        onPick={(index) => choosing && openImported(choosing.fileName, choosing.outcome, index)}
        onCancel={() => pageImportStore.setState({ choosing: null })}
      />
      <ImportNotesDialog
        open={notes !== null}
        fileName={notes?.fileName ?? ''}
        notes={notes?.notes ?? []}
        onClose={() => pageImportStore.setState({ notes: null })}
      />
    </>
  );
}
