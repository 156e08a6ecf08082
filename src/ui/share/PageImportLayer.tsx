import { useStore } from 'zustand';
import { ImportNotesDialog } from '../document/ImportNotesDialog';
import { PastePlacementDialog } from '../document/PastePlacementDialog';
import { WorkloadPickerDialog } from '../document/WorkloadPickerDialog';
import { openImported, pageImportStore, placePasted } from './pageImport';

/**
 * What importing shows, however the manifest came (Import button, drop, paste): the drop target
 * while a file is dragged over the page, where pasted text goes while a file is open, the choice
 * of workload for a file with several, and what the import could not model.
 */
export function PageImportLayer() {
  const dragging = useStore(pageImportStore, (state) => state.dragging);
  const placing = useStore(pageImportStore, (state) => state.placing);
  const choosing = useStore(pageImportStore, (state) => state.choosing);
  const notes = useStore(pageImportStore, (state) => state.notes);
  return (
    <>
      {dragging && (
        <div className="drop-target" role="status" aria-label="Drop target">
          <p className="drop-target__text">Drop a manifest (.yaml, .yml or .json) to import it</p>
        </div>
      )}
      <PastePlacementDialog
        openName={placing?.openName ?? null}
        documents={placing?.outcome.file.documents.length ?? 0}
        workloads={placing?.outcome.choices.length ?? 0}
        onReplace={() => placePasted('replace')}
        onNewFile={() => placePasted('new')}
        onCancel={() => pageImportStore.setState({ placing: null })}
      />
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
