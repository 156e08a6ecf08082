import { useEffect } from 'react';
import { useStudio } from '../../store/studioStore';

/** Input types where Ctrl+Z edits what was typed, so the field keeps it. */
const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** True when the key goes to something with its own undo: a text field, a list, the YAML editor. */
function ownsUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (
    target.closest(
      '.monaco-editor, textarea, select, [contenteditable]:not([contenteditable="false"])',
    )
  ) {
    return true;
  }
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** The letter of a key, also on keyboards whose layout types other letters there. */
function letterOf(event: KeyboardEvent): string {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  return event.code.replace(/^Key/, '').toLowerCase();
}

/** Undo, redo or neither: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y. */
export function undoShortcutOf(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  const letter = letterOf(event);
  if (letter === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

/**
 * Undo and redo of the design from the keyboard, anywhere on the page except where the key has a
 * job of its own (text fields, lists, the YAML editor, which keeps its own undo).
 */
export function useUndoShortcuts(): void {
  const undo = useStudio((state) => state.undo);
  const redo = useStudio((state) => state.redo);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const action = undoShortcutOf(event);
      if (action === null || ownsUndo(event.target)) return;
      event.preventDefault();
      if (action === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}
