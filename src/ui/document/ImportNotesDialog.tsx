import { useId } from 'react';
import type { ImportNote } from '../../manifest/types';
import { ModalDialog } from '../components/ModalDialog';
import './document.css';

interface ImportNotesDialogProps {
  fileName: string;
  notes: readonly ImportNote[];
  onClose: () => void;
}

/** Where a note points in the file, in words: "Document 2, line 14". */
function placeOf(note: ImportNote): string {
  const parts: string[] = [];
  if (note.document !== undefined) parts.push(`Document ${note.document + 1}`);
  if (note.line !== undefined) parts.push(`line ${note.line}`);
  return parts.join(', ');
}

/** What an import could not model, guessed or left as a placeholder, listed plainly. */
export function ImportNotesDialog({ fileName, notes, onClose }: ImportNotesDialogProps) {
  const textId = useId();
  return (
    <ModalDialog
      title="Import notes"
      onClose={onClose}
      describedBy={textId}
      className="confirm document-dialog document-dialog--wide"
    >
      <p id={textId}>
        {fileName} was imported. {notes.length === 1 ? 'One thing' : `${notes.length} things`} to
        know:
      </p>
      <ul className="document-dialog__notes" aria-label="Import notes">
        {notes.map((note, index) => {
          const place = placeOf(note);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the notes of one import never change
            <li key={index} className={`document-note document-note--${note.level}`}>
              <span className="document-note__level">
                {note.level === 'warning' ? 'Warning' : 'Note'}
                {place === '' ? '' : ` (${place})`}:
              </span>{' '}
              {note.message}
            </li>
          );
        })}
      </ul>
      <div className="confirm__actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
