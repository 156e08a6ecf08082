import { useId } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import './document.css';

interface WorkloadPickerDialogProps {
  /** The imported file; `null` while nothing waits for a choice. */
  fileName: string | null;
  /** "Kind name" of each workload of the file, in file order. */
  choices: readonly string[];
  onPick: (index: number) => void;
  onCancel: () => void;
}

/** Asks which workload of a file with several to open in the designer. */
export function WorkloadPickerDialog({
  fileName,
  choices,
  onPick,
  onCancel,
}: WorkloadPickerDialogProps) {
  const textId = useId();
  if (fileName === null) return null;
  return (
    <ModalDialog
      title="Which workload do you want to open?"
      onClose={onCancel}
      describedBy={textId}
      className="confirm document-dialog"
    >
      <p id={textId}>
        {fileName} holds {choices.length} workloads. The designer edits one of them; the others and
        every other document of the file are kept and exported as they are.
      </p>
      <ul className="document-dialog__choices">
        {choices.map((choice, index) => (
          // The same kind and name may appear twice in one file, so the position names the item.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never changes while shown
          <li key={index}>
            <button type="button" className="button" onClick={() => onPick(index)}>
              {choice}
            </button>
          </li>
        ))}
      </ul>
      <div className="confirm__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
