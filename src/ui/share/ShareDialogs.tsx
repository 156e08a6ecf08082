import { useId } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { backToOwnDesign, keepSharedDesign } from './sharedLink';
import { shareStore, useShare } from './shareState';

/** Says that the design shown came from a link and is not saved, with the two ways on. */
function SharedDesignBanner() {
  const notes = useShare((state) => state.notes);
  const headingId = useId();
  return (
    <section className="shared-banner" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Shared design
      </h2>
      <p className="shared-banner__text">
        You are looking at a shared design. Edit it to make it yours, or go back to your design.
      </p>
      {notes.length > 0 && <p className="shared-banner__notes">{notes.join(' ')}</p>}
      <div className="shared-banner__actions">
        <button type="button" className="button" onClick={keepSharedDesign}>
          Keep the shared design
        </button>
        <button type="button" className="button" onClick={backToOwnDesign}>
          Back to my design
        </button>
      </div>
    </section>
  );
}

/** The share link, to copy by hand when the browser does not allow the clipboard. */
function CopyByHandDialog({ link }: { link: string }) {
  const id = useId();
  const close = () => shareStore.setState({ linkToCopy: null });
  return (
    <ModalDialog
      title="Copy the share link"
      onClose={close}
      describedBy={`${id}-text`}
      className="confirm document-dialog"
    >
      <p id={`${id}-text`}>
        The browser did not let Sidecar Studio use the clipboard. The link is selected below: copy
        it with Ctrl+C (⌘C on a Mac).
      </p>
      <label className="share-link-field" htmlFor={id}>
        Share link
        <input
          id={id}
          type="text"
          readOnly
          value={link}
          // biome-ignore lint/a11y/noAutofocus: the dialog exists to copy this field
          autoFocus
          onFocus={(event) => event.target.select()}
        />
      </label>
      <div className="confirm__actions">
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}

/** The banner of a shared design being looked at, and the link to copy by hand. */
export default function ShareDialogs() {
  const looking = useShare((state) => state.phase === 'looking');
  const link = useShare((state) => state.linkToCopy);
  return (
    <>
      {looking && <SharedDesignBanner />}
      {link !== null && <CopyByHandDialog link={link} />}
    </>
  );
}
