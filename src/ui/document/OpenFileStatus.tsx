import { useState } from 'react';
import { useDocument, workloadsOf } from '../../store/document';
import { ImportNotesDialog } from './ImportNotesDialog';

/**
 * The imported file the design belongs to: its name and which of its workloads is open, and its
 * import notes on demand. Nothing when the design stands alone.
 */
export function OpenFileStatus() {
  const open = useDocument((state) => state.open);
  const [showNotes, setShowNotes] = useState(false);
  if (open === null) return null;
  const count = open.notes.length;
  const workloads = workloadsOf(open.file).length;
  return (
    <div className="open-file">
      <p
        className="open-file__name"
        title="Export YAML writes every document of this file, with this design in its place"
      >
        <span className="visually-hidden">Imported file </span>
        {open.fileName}
      </p>
      <p className="open-file__detail">
        {workloads > 1 ? `Workload ${open.workload + 1} of ${workloads}` : 'One workload'}
        {count > 0 && (
          <>
            {' · '}
            <button type="button" className="open-file__notes" onClick={() => setShowNotes(true)}>
              Import notes ({count})
            </button>
          </>
        )}
      </p>
      <ImportNotesDialog
        open={showNotes}
        fileName={open.fileName}
        notes={open.notes}
        onClose={() => setShowNotes(false)}
      />
    </div>
  );
}
