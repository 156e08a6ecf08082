import { useEffect } from 'react';
import { onRevealInManifest } from '../../../store/reveal';
import { lineOfField } from '../revealLine';
import { monaco } from './monacoSetup';

/** How long a revealed line stays marked. */
export const REVEAL_MARK_MS = 1600;

/**
 * When a finding is picked in Warnings, the editor scrolls its line into view (only if it is
 * not on screen already), puts the cursor there and marks the line for a moment. Focus stays
 * where the person is.
 */
export function useRevealLine(editor: monaco.editor.IStandaloneCodeEditor | null): void {
  useEffect(() => {
    if (!editor) return;
    const marks = editor.createDecorationsCollection();
    let fading: ReturnType<typeof setTimeout> | undefined;
    const stop = onRevealInManifest(({ path }) => {
      const model = editor.getModel();
      if (!model) return;
      const line = lineOfField(model.getValue(), path);
      if (line === undefined) return;
      const column = model.getLineFirstNonWhitespaceColumn(line) || 1;
      editor.setPosition({ lineNumber: line, column });
      editor.revealLineInCenterIfOutsideViewport(line, monaco.editor.ScrollType.Smooth);
      marks.set([
        {
          range: new monaco.Range(line, 1, line, 1),
          options: { isWholeLine: true, className: 'manifest-revealed-line' },
        },
      ]);
      clearTimeout(fading);
      fading = setTimeout(() => marks.clear(), REVEAL_MARK_MS);
    });
    return () => {
      stop();
      clearTimeout(fading);
      marks.clear();
    };
  }, [editor]);
}
