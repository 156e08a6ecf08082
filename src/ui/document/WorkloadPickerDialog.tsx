import { ChoiceDialog } from './ChoiceDialog';

interface WorkloadPickerDialogProps {
  /** The imported file. */
  fileName: string;
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
    <ChoiceDialog
      title="Which workload do you want to open?"
      choices={choices}
      onChoose={onPick}
      onCancel={onCancel}
    >
      {fileName} holds {choices.length} workloads. The designer edits one of them; the others and
      every other document of the file are kept and exported as they are.
    </ChoiceDialog>
  );
}
