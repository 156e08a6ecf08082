import { useEffect } from 'react';
import { withSharing } from '../share/loadSharing';
import { importFile, importText, pageImportStore } from '../share/pageImport';
import { carriesFiles, OWN_PASTE_SELECTOR, pastedKind } from '../share/pasted';

function isOwnedByField(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(OWN_PASTE_SELECTOR) !== null;
}

function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/**
 * Imports a manifest dropped anywhere on the page, or pasted anywhere but the editor, a text field
 * or a dialog, the same way as the Import button. While a file is dragged over the page, the drop
 * target shows. A pasted share link opens its design.
 */
export function useDropAndPaste(): void {
  useEffect(() => {
    let depth = 0;
    const setDragging = (dragging: boolean) => {
      if (pageImportStore.getState().dragging !== dragging) pageImportStore.setState({ dragging });
    };
    const isFileDrag = (event: DragEvent) => carriesFiles(event.dataTransfer?.types);

    const onDragEnter = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(!modalOpen());
    };
    const onDragOver = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      // Files are the page's to open, wherever they are dropped (the editor included).
      event.preventDefault();
      event.stopPropagation();
      if (event.dataTransfer) event.dataTransfer.dropEffect = modalOpen() ? 'none' : 'copy';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file !== undefined && !modalOpen()) void importFile(file);
    };
    const onDragEnd = () => {
      depth = 0;
      setDragging(false);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || isOwnedByField(event.target) || modalOpen()) return;
      const data = event.clipboardData;
      if (data === null) return;
      const file = data.files[0];
      if (file !== undefined) {
        event.preventDefault();
        void importFile(file);
        return;
      }
      const text = data.getData('text/plain');
      const kind = pastedKind(text);
      if (kind === 'nothing') return;
      event.preventDefault();
      if (kind === 'share-link') withSharing((sharing) => sharing.openShareLink(text.trim()));
      else void importText(text);
    };

    window.addEventListener('dragenter', onDragEnter, true);
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('dragleave', onDragLeave, true);
    window.addEventListener('drop', onDrop, true);
    window.addEventListener('dragend', onDragEnd, true);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragenter', onDragEnter, true);
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('dragleave', onDragLeave, true);
      window.removeEventListener('drop', onDrop, true);
      window.removeEventListener('dragend', onDragEnd, true);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
