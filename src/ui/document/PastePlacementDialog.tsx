import { useId } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import './document.css';

interface PastePlacementDialogProps {
  /** The open file the pasted text could replace; `null` while nothing waits for a choice. */
  openName: string | null;
  /** How many documents and workloads the pasted text holds. */
  documents: number;
  workloads: number;
  onReplace: () => void;
  onNewFile: () => void;
  onCancel: () => void;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** Asks where pasted manifest text goes while a file is open: nothing is merged silently. */
export function PastePlacementDialog({
  openName,
  documents,
  workloads,
  onReplace,
  onNewFile,
  onCancel,
}: PastePlacementDialogProps) {
  const textId = useId();
  if (openName === null) return null;
  return (
    <ModalDialog
      title="Where should the pasted manifest go?"
      onClose={onCancel}
      describedBy={textId}
      className="confirm document-dialog"
    >
      <p id={textId}>
        The pasted text holds {count(documents, 'document')} ({count(workloads, 'workload')}).{' '}
        {openName} is open. Either way, Undo brings back what is open now.
      </p>
      <ul className="document-dialog__choices">
        <li>
          <button type="button" className="button" onClick={onReplace}>
            Replace {openName} with it
          </button>
        </li>
        <li>
          <button type="button" className="button" onClick={onNewFile}>
            Open it as a new file
          </button>
        </li>
      </ul>
      <div className="confirm__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
