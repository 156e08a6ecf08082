import { ChoiceDialog } from './ChoiceDialog';

interface PastePlacementDialogProps {
  /** The open file the pasted text could replace. */
  openName: string;
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
  return (
    <ChoiceDialog
      title="Where should the pasted manifest go?"
      choices={[`Replace ${openName} with it`, 'Open it as a new file']}
      onChoose={(index) => (index === 0 ? onReplace() : onNewFile())}
      onCancel={onCancel}
    >
      The pasted text holds {count(documents, 'document')} ({count(workloads, 'workload')}).{' '}
      {openName} is open. Either way, Undo brings back what is open now.
    </ChoiceDialog>
  );
}
