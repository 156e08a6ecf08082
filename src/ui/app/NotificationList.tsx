import { useId, useState } from 'react';
import { useStudio } from '../../store/studioStore';
import { ModalDialog } from '../components/ModalDialog';

function timeOf(at: number): string {
  return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/**
 * "Notifications": every notice of this session, newest first, so that one dismissed or replaced
 * stays within reach without standing in the way. Nothing until the first notice.
 */
export function NotificationList() {
  const log = useStudio((state) => state.noticeLog);
  const [open, setOpen] = useState(false);
  const textId = useId();
  if (log.length === 0) return null;
  return (
    <>
      <button
        type="button"
        className="open-file__notes"
        aria-label={`Notifications (${log.length})`}
        onClick={() => setOpen(true)}
      >
        Notifications ({log.length})
      </button>
      {open && (
        <ModalDialog
          title="Notifications"
          onClose={() => setOpen(false)}
          describedBy={textId}
          className="confirm document-dialog document-dialog--wide"
        >
          <p id={textId}>What the page told you in this session, newest first.</p>
          <ul className="document-dialog__notes">
            {log.map((entry, index) => (
              // Entries never change once logged; the same message may be logged twice.
              // biome-ignore lint/suspicious/noArrayIndexKey: the log only grows at the front
              <li key={log.length - index}>
                <span className="document-note__level">
                  {timeOf(entry.at)} {entry.tone === 'info' ? '' : `(${entry.tone})`}
                </span>{' '}
                {entry.message}
              </li>
            ))}
          </ul>
          <div className="confirm__actions">
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
