import { useEffect } from 'react';
import { onRevealInManifest } from '../../../store/reveal';
import { lineOfField } from '../revealLine';
import { monaco } from './monacoSetup';

/**
 * When a finding is picked in Warnings, the editor scrolls its line into view (only if it is
 * not on screen already), puts the cursor there and marks the line until the cursor moves or the
 * text changes. Focus stays where the person is.
 */
export function useRevealLine(editor: monaco.editor.IStandaloneCodeEditor | null): void {
  useEffect(() => {
    if (!editor) return;
    const marks = editor.createDecorationsCollection();
    let clearing: monaco.IDisposable[] = [];
    const unmark = () => {
      for (const listener of clearing) listener.dispose();
      clearing = [];
      marks.clear();
    };
    const stop = onRevealInManifest(({ path }) => {
      const model = editor.getModel();
      if (!model) return;
      const line = lineOfField(model.getValue(), path);
      if (line === undefined) return;
      const column = model.getLineFirstNonWhitespaceColumn(line) || 1;
      editor.setPosition({ lineNumber: line, column });
      editor.revealLineInCenterIfOutsideViewport(line, monaco.editor.ScrollType.Smooth);
      unmark();
      marks.set([
        {
          range: new monaco.Range(line, 1, line, 1),
          options: { isWholeLine: true, className: 'manifest-revealed-line' },
        },
      ]);
      clearing = [editor.onDidChangeCursorPosition(unmark), editor.onDidChangeModelContent(unmark)];
    });
    return () => {
      stop();
      unmark();
    };
  }, [editor]);
}
