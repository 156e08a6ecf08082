import { type FormEvent, useId, useState } from 'react';
import { connectMount } from '../../../model/ops';
import { useStudio } from '../../../store/studioStore';
import { ModalDialog } from '../../components/ModalDialog';
import { suggestMountPath, suggestReadOnly } from '../connect';
import { refusalOf } from './refusal';
import './dialogs.css';

interface MountDialogProps {
  container: string;
  volume: string;
  onClose: () => void;
  fallbackFocus: () => HTMLElement | null;
}

/** Asks where (and whether read-only) to mount a volume that was dragged onto from a container. */
export function MountDialog({ container, volume, onClose, fallbackFocus }: MountDialogProps) {
  const dispatch = useStudio((state) => state.dispatch);
  const design = useStudio((state) => state.design);
  const id = useId();
  const [mountPath, setMountPath] = useState(() => suggestMountPath(design, container, volume));
  const [readOnly, setReadOnly] = useState(() =>
    suggestReadOnly(design.volumes.find((v) => v.name === volume)),
  );
  const [error, setError] = useState<string | undefined>();
  const errorId = `${id}-error`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const refused = refusalOf(() =>
      dispatch(
        (d) => connectMount(d, container, { volume, mountPath: mountPath.trim(), readOnly }),
        {
          label: `Mount ${volume} into ${container}`,
        },
      ),
    );
    if (refused) setError(refused);
    else onClose();
  };

  return (
    <ModalDialog
      className="canvas-dialog"
      title={`Mount ${volume} into ${container}`}
      onClose={onClose}
      fallbackFocus={fallbackFocus}
    >
      <form className="canvas-dialog__form" onSubmit={onSubmit} noValidate>
        <div className={`canvas-dialog__field${error ? ' is-invalid' : ''}`}>
          <label htmlFor={`${id}-path`}>Mount path</label>
          <input
            id={`${id}-path`}
            type="text"
            spellCheck={false}
            autoComplete="off"
            value={mountPath}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setMountPath(event.target.value);
              setError(undefined);
            }}
          />
        </div>
        <label className="canvas-dialog__check">
          <input
            type="checkbox"
            checked={readOnly}
            onChange={(event) => setReadOnly(event.target.checked)}
          />
          Read-only
        </label>
        {error && (
          <p id={errorId} className="canvas-dialog__error" role="alert">
            {error}
          </p>
        )}
        <div className="canvas-dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button canvas-dialog__confirm">
            Mount
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
