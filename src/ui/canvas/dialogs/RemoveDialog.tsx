import { useState } from 'react';
import { removeContainer, removeVolume } from '../../../model/ops';
import { type Selection, useStudio } from '../../../store/studioStore';
import { ModalDialog } from '../../components/ModalDialog';
import { removalSummary } from '../removal';
import { refusalOf } from './refusal';
import './dialogs.css';

interface RemoveDialogProps {
  item: NonNullable<Selection>;
  onClose: () => void;
  fallbackFocus: () => HTMLElement | null;
}

/** Asks before removing a container or volume with the Delete key; Undo brings it back. */
export function RemoveDialog({ item, onClose, fallbackFocus }: RemoveDialogProps) {
  const dispatch = useStudio((state) => state.dispatch);
  const select = useStudio((state) => state.select);
  const design = useStudio((state) => state.design);
  const [error, setError] = useState<string | undefined>();
  const noun = item.kind === 'container' ? 'container' : 'volume';

  const remove = () => {
    const refused = refusalOf(() =>
      dispatch(
        (d) =>
          item.kind === 'container'
            ? removeContainer(d, item.name)
            : removeVolume(d, item.name, { disconnect: true }),
        { label: `Remove ${noun} ${item.name}` },
      ),
    );
    if (refused) {
      setError(refused);
      return;
    }
    select(null);
    onClose();
  };

  return (
    <ModalDialog
      className="canvas-dialog"
      title={`Remove the ${noun} ${item.name}?`}
      onClose={onClose}
      fallbackFocus={fallbackFocus}
    >
      <p>{removalSummary(design, item)} Undo brings it back.</p>
      {error && (
        <p className="canvas-dialog__error" role="alert">
          {error}
        </p>
      )}
      <div className="canvas-dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Keep it
        </button>
        <button type="button" className="button button--danger" onClick={remove}>
          Remove {noun}
        </button>
      </div>
    </ModalDialog>
  );
}
