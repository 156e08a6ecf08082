import { useRef } from 'react';
import { emptyDesign } from '../../model/create';
import { documentStore } from '../../store/document';
import { useStudio } from '../../store/studioStore';

/** Starts over with an empty pod, after asking when there is work to lose. */
export function NewDesignButton() {
  const hasContainers = useStudio((state) => state.design.containers.length > 0);
  const dialog = useRef<HTMLDialogElement>(null);

  const startOver = () => {
    dialog.current?.close();
    // A new design stands alone: the file it replaces is no longer exported (undo brings it back).
    documentStore.getState().openDesign(emptyDesign(), null, 'New design');
  };

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => (hasContainers ? dialog.current?.showModal() : startOver())}
      >
        New design
      </button>
      <dialog
        ref={dialog}
        className="confirm"
        aria-labelledby="new-design-title"
        aria-describedby="new-design-text"
      >
        <h2 id="new-design-title">Start a new design?</h2>
        <p id="new-design-text">
          The containers and volumes of this design will be removed. Undo brings them back.
        </p>
        <div className="confirm__actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Keep this design
          </button>
          <button type="button" className="button button--danger" onClick={startOver}>
            Start new design
          </button>
        </div>
      </dialog>
    </>
  );
}
