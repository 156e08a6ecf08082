import { useEffect, useRef } from 'react';
import type { Design } from '../../../model/types';
import { documentStore } from '../../../store/document';
import { importText } from '../../share/pageImport';
import { isAnotherManifest } from '../pastedManifest';
import type { monaco } from './monacoSetup';

/**
 * Sends a whole manifest pasted into the editor through the import door, as pasting it anywhere
 * else on the page does, instead of letting the editor keep only its first workload. The paste
 * is caught before the editor sees it, so the editor's text is left as it was.
 */
export function usePasteDoor(
  editor: monaco.editor.IStandaloneCodeEditor | null,
  design: Design,
): void {
  const shown = useRef(design);
  useEffect(() => {
    shown.current = design;
  }, [design]);

  useEffect(() => {
    const node = editor?.getContainerDomNode();
    if (!node) return;
    const onPaste = (event: ClipboardEvent) => {
      if (!(event.target instanceof Node) || !node.contains(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      const fileOpen = documentStore.getState().open !== null;
      if (!isAnotherManifest(text, shown.current, fileOpen)) return;
      event.preventDefault();
      event.stopPropagation();
      void importText(text);
    };
    // On the window, capturing: the editor's own paste handling listens on its container and
    // would take the text first.
    window.addEventListener('paste', onPaste, true);
    return () => window.removeEventListener('paste', onPaste, true);
  }, [editor]);
}
