import { type FormEvent, useId, useState } from 'react';
import { addPortLink } from '../../../model/ops';
import { useStudio } from '../../../store/studioStore';
import { ModalDialog } from '../../components/ModalDialog';
import { containerPortsOf, parsePort } from '../connect';
import { refusalOf } from './refusal';
import './dialogs.css';

interface LinkDialogProps {
  from: string;
  to: string;
  onClose: () => void;
  fallbackFocus: () => HTMLElement | null;
}

/** Asks on which port one container talks to another it was dragged onto. */
export function LinkDialog({ from, to, onClose, fallbackFocus }: LinkDialogProps) {
  const dispatch = useStudio((state) => state.dispatch);
  const design = useStudio((state) => state.design);
  const id = useId();
  const [declared] = useState(() => containerPortsOf(design, to));
  const [port, setPort] = useState(() => (declared[0] === undefined ? '' : String(declared[0])));
  const [error, setError] = useState<string | undefined>();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const number = parsePort(port);
    const refused = refusalOf(() =>
      dispatch((d) => addPortLink(d, from, to, number), {
        label: `Link ${from} to ${to} on port ${port.trim()}`,
      }),
    );
    if (refused) setError(refused);
    else onClose();
  };

  return (
    <ModalDialog
      className="canvas-dialog"
      title={`${from} talks to ${to}`}
      onClose={onClose}
      fallbackFocus={fallbackFocus}
    >
      <form className="canvas-dialog__form" onSubmit={onSubmit} noValidate>
        <div className={`canvas-dialog__field${error ? ' is-invalid' : ''}`}>
          <label htmlFor={`${id}-port`}>Port on localhost</label>
          <input
            id={`${id}-port`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            list={declared.length > 0 ? `${id}-ports` : undefined}
            value={port}
            aria-invalid={error ? true : undefined}
            aria-describedby={[hintId, error ? errorId : ''].join(' ').trim()}
            onChange={(event) => {
              setPort(event.target.value);
              setError(undefined);
            }}
          />
          {declared.length > 0 && (
            <datalist id={`${id}-ports`}>
              {declared.map((p) => (
                <option key={p} value={String(p)} />
              ))}
            </datalist>
          )}
          <p id={hintId} className="canvas-dialog__hint">
            {declared.length > 0
              ? `${to} declares ${declared.length === 1 ? 'port' : 'ports'} ${declared.join(', ')}; any port from 1 to 65535 works.`
              : `${to} declares no ports; type the one it listens on (1 to 65535).`}
          </p>
        </div>
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
            Link
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
