import { useEffect } from 'react';
import type { monaco } from './monacoSetup';

/**
 * Keeps the cursor of the person typing in view when the editor changes size, e.g. when a notice
 * about the typed text appears above it: the line just typed, and its mark, stay on screen.
 */
export function useCursorInView(editor: monaco.editor.IStandaloneCodeEditor | null): void {
  useEffect(() => {
    if (!editor) return;
    const resized = editor.onDidLayoutChange(() => {
      const position = editor.getPosition();
      if (position && editor.hasTextFocus())
        editor.revealPositionInCenterIfOutsideViewport(position);
    });
    return () => resized.dispose();
  }, [editor]);
}
