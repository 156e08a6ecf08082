import { ModalDialog } from './ModalDialog';

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
  return (
    <ModalDialog
      open={fileName !== null}
      onClose={onCancel}
      labelledBy="workload-picker-title"
      describedBy="workload-picker-text"
      className="confirm document-dialog"
    >
      <h2 id="workload-picker-title">Which workload do you want to open?</h2>
      <p id="workload-picker-text">
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
