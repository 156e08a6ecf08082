import { type ReactNode, useEffect, useId, useRef } from 'react';

interface ModalDialogProps {
  /** The dialog's heading, which names it. */
  title: string;
  /** Called when the person dismisses the dialog (Escape, or a Cancel or Close button). */
  onClose: () => void;
  /** The id of the text that says what the dialog is about, if any. */
  describedBy?: string;
  /** How the dialog looks: the class of its frame. */
  className: string;
  /** Where focus goes afterwards when what had it before is gone. */
  fallbackFocus?: () => HTMLElement | null;
  children: ReactNode;
}

/**
 * A modal dialog, open while it is rendered: the rest of the page is inert and focus stays
 * inside, it is labelled by its title, Escape dismisses it, and focus goes back to where it was
 * when it closes.
 */
export function ModalDialog({
  title,
  onClose,
  describedBy,
  className,
  fallbackFocus,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const fallback = useRef(fallbackFocus);
  fallback.current = fallbackFocus;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      const back =
        before instanceof HTMLElement && before.isConnected && before !== document.body
          ? before
          : (fallback.current?.() ?? null);
      back?.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
