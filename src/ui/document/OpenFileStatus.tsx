import { useState } from 'react';
import { useDocument, workloadsOf } from '../../store/document';
import { useLateModule } from '../components/lateModule';
import { importDialogs } from './lazyImportDialogs';
import { WorkloadSwitcher } from './WorkloadSwitcher';
import './openFile.css';

/**
 * The imported file the design belongs to: its name, the "Workload" control that moves between
 * its workloads, and its import notes on demand. Nothing when the design stands alone.
 */
export function OpenFileStatus() {
  const open = useDocument((state) => state.open);
  const [showNotes, setShowNotes] = useState(false);
  const dialogs = useLateModule(importDialogs, showNotes);
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
      {workloads > 1 && <WorkloadSwitcher open={open} />}
      <p className="open-file__detail">
        {workloads > 1 ? `${workloads} workloads, each keeps its edits` : 'One workload'}
        {count > 0 && (
          <>
            {' · '}
            <button type="button" className="open-file__notes" onClick={() => setShowNotes(true)}>
              Import notes ({count})
            </button>
          </>
        )}
      </p>
      {dialogs && (
        <dialogs.ImportNotesDialog
          fileName={open.fileName}
          notes={open.notes}
          onClose={() => setShowNotes(false)}
        />
      )}
    </div>
  );
}
