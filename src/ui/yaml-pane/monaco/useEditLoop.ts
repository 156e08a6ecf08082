import { useEffect, useRef } from 'react';
import type { ImportError } from '../../../manifest/types';
import type { Design } from '../../../model/types';
import { applyEditedYaml } from '../applyEditedYaml';
import { keepDraft } from '../draft';
import { findingMarkers, problemMarker } from '../markers';
import { textChange } from '../textChange';
import { IMPORT_OWNER, LINT_OWNER, showMarkers } from './editorMarkers';
import type { monaco } from './monacoSetup';

/** How long typing must pause before the diagram follows the text. */
export const EDIT_PAUSE_MS = 400;

interface EditLoop {
  /** The design shown on the canvas. */
  design: Design;
  /** Its manifest, or null when it has none to show (the editor then keeps its text). */
  text: string | null;
  /** Why the typed text cannot be shown, or null once it can. */
  onProblem: (problem: ImportError | null) => void;
}

/**
 * Keeps the manifest editor and the design in step both ways. Typing updates the design after a
 * pause; a design change made elsewhere rewrites only the part of the text that changed, so the
 * cursor stays where it was. The editor never rewrites text because of a change it made itself.
 * Typed text the diagram does not show yet (it does not parse, or typing has not paused) is kept
 * as a draft to restore when a change made elsewhere rewrites it.
 */
export function useEditLoop(
  editor: monaco.editor.IStandaloneCodeEditor | null,
  { design, text, onProblem }: EditLoop,
): void {
  /** The manifest of the design the editor last put on the canvas, until the canvas shows it. */
  const fromEditor = useRef<string | null>(null);
  /** True while the text is being rewritten for a change made elsewhere. */
  const rewriting = useRef(false);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** True while the typed text does not parse: it is a draft the diagram does not show. */
  const unparsed = useRef(false);
  const report = useRef(onProblem);
  /** True while the editor marks a text the import door refused (clearing nothing costs a render). */
  const refused = useRef(false);

  useEffect(() => {
    report.current = onProblem;
  }, [onProblem]);

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    const read = () => {
      pending.current = undefined;
      const typed = model.getValue();
      const outcome = applyEditedYaml(typed);
      if (outcome.kind === 'design') fromEditor.current = outcome.text;
      unparsed.current = outcome.kind === 'invalid';
      if (outcome.kind === 'invalid') {
        showMarkers(model, IMPORT_OWNER, [problemMarker(outcome.problem, typed)]);
        refused.current = true;
        showMarkers(model, LINT_OWNER, []);
        report.current(outcome.problem);
      } else {
        showMarkers(model, IMPORT_OWNER, []);
        refused.current = false;
        showMarkers(model, LINT_OWNER, findingMarkers(outcome.design, typed));
        report.current(null);
      }
    };
    const typing = model.onDidChangeContent(() => {
      if (rewriting.current) return;
      clearTimeout(pending.current);
      pending.current = setTimeout(read, EDIT_PAUSE_MS);
    });
    return () => {
      typing.dispose();
      clearTimeout(pending.current);
      pending.current = undefined;
    };
  }, [editor]);

  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model || text === null) return;
    if (text === fromEditor.current) {
      fromEditor.current = null;
      return;
    }
    fromEditor.current = null;
    const typed = model.getValue();
    if ((unparsed.current || pending.current !== undefined) && typed !== text) keepDraft(typed);
    unparsed.current = false;
    clearTimeout(pending.current);
    pending.current = undefined;
    const change = textChange(typed, text);
    if (change) {
      const start = model.getPositionAt(change.start);
      const end = model.getPositionAt(change.end);
      rewriting.current = true;
      try {
        editor.pushUndoStop();
        editor.executeEdits('sidecar-studio-design', [
          {
            range: {
              startLineNumber: start.lineNumber,
              startColumn: start.column,
              endLineNumber: end.lineNumber,
              endColumn: end.column,
            },
            text: change.text,
          },
        ]);
        editor.pushUndoStop();
      } finally {
        rewriting.current = false;
      }
    }
    if (refused.current) {
      showMarkers(model, IMPORT_OWNER, []);
      refused.current = false;
      report.current(null);
    }
  }, [editor, text]);

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    showMarkers(model, LINT_OWNER, findingMarkers(design, model.getValue()));
  }, [editor, design]);
}
