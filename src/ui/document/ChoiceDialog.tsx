import { type ReactNode, useId } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import './document.css';

interface ChoiceDialogProps {
  title: string;
  /** What the choice is about, which describes the dialog. */
  children: ReactNode;
  /** The choices, one button each, in order. */
  choices: readonly string[];
  onChoose: (index: number) => void;
  onCancel: () => void;
}

/** Asks the person to pick one of a few ways on, or to cancel. */
export function ChoiceDialog({ title, children, choices, onChoose, onCancel }: ChoiceDialogProps) {
  const textId = useId();
  return (
    <ModalDialog
      title={title}
      onClose={onCancel}
      describedBy={textId}
      className="confirm document-dialog"
    >
      <p id={textId}>{children}</p>
      <ul className="document-dialog__choices">
        {choices.map((choice, index) => (
          // The same words may appear twice (a file may hold the same kind and name twice), so
          // the position names the item.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never changes while shown
          <li key={index}>
            <button type="button" className="button" onClick={() => onChoose(index)}>
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
