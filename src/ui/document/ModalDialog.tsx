import { type ReactNode, useEffect, useRef } from 'react';
import './document.css';

interface ModalDialogProps {
  /** Shown while true. */
  open: boolean;
  /** Called when the person closes the dialog (Escape included). */
  onClose: () => void;
  /** The id of the dialog's heading, which names it. */
  labelledBy: string;
  describedBy?: string;
  className?: string;
  children: ReactNode;
}

/** A modal dialog: keeps focus inside while open, closes with Escape, returns focus after. */
export function ModalDialog({
  open,
  onClose,
  labelledBy,
  describedBy,
  className = 'confirm',
  children,
}: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onClose={onClose}
    >
      {open && children}
    </dialog>
  );
}
