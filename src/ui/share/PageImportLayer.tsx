import { useStore } from 'zustand';
import { useLateModule } from '../components/lateModule';
import { importDialogs } from '../document/lazyImportDialogs';
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
  const dialogs = useLateModule(
    importDialogs,
    placing !== null || choosing !== null || notes !== null,
  );
  return (
    <>
      {dragging && (
        <div className="drop-target" role="status" aria-label="Drop target">
          <p className="drop-target__text">Drop a manifest (.yaml, .yml or .json) to import it</p>
        </div>
      )}
      {dialogs && placing && (
        <dialogs.PastePlacementDialog
          openName={placing.openName}
          documents={placing.outcome.file.documents.length}
          workloads={placing.outcome.choices.length}
          onReplace={() => placePasted('replace')}
          onNewFile={() => placePasted('new')}
          onCancel={() => pageImportStore.setState({ placing: null })}
        />
      )}
      {dialogs && choosing && (
        <dialogs.WorkloadPickerDialog
          fileName={choosing.fileName}
          choices={choosing.outcome.choices}
          onPick={(index) => openImported(choosing.fileName, choosing.outcome, index)}
          onCancel={() => pageImportStore.setState({ choosing: null })}
        />
      )}
      {dialogs && notes && (
        <dialogs.ImportNotesDialog
          fileName={notes.fileName}
          notes={notes.notes}
          onClose={() => pageImportStore.setState({ notes: null })}
        />
      )}
    </>
  );
}
