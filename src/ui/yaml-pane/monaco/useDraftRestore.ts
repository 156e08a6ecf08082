import { useEffect } from 'react';
import { draftStore } from '../draft';
import type { monaco } from './monacoSetup';

/** Puts a kept draft back into the editor when the person asks, as one editor undo step. */
export function useDraftRestore(editor: monaco.editor.IStandaloneCodeEditor | null): void {
  useEffect(() => {
    if (!editor) return;
    const apply = (text: string | null) => {
      const model = editor.getModel();
      if (text === null || !model) return;
      draftStore.setState({ restoring: null });
      editor.pushUndoStop();
      editor.executeEdits('sidecar-studio-draft', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
      editor.focus();
    };
    apply(draftStore.getState().restoring);
    return draftStore.subscribe((state) => apply(state.restoring));
  }, [editor]);
}
