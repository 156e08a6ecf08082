import { useEffect, useRef, useState } from 'react';
import type { ImportError } from '../../../manifest/types';
import type { Design } from '../../../model/types';
import { usePrefersDark } from '../../components/usePrefersDark';
import { monaco } from './monacoSetup';
import { useCursorInView } from './useCursorInView';
import { useDraftRestore } from './useDraftRestore';
import { useEditLoop } from './useEditLoop';
import { useKeyboardExit } from './useKeyboardExit';
import { usePasteDoor } from './usePasteDoor';
import { useRevealLine } from './useRevealLine';

interface ManifestEditorProps {
  /** The design shown on the canvas. */
  design: Design;
  /** Its manifest, or null when it has none; the editor follows it. */
  text: string | null;
  /** Called once the editor is on screen. */
  onReady: () => void;
  /** Why the typed manifest cannot be shown, or null once it can. */
  onProblem: (problem: ImportError | null) => void;
}

const MODEL_URI = 'file:///manifest.yaml';

/**
 * The manifest in Monaco, with YAML highlighting, folding and validation. Typing in it updates
 * the diagram; findings and import problems show as marks on their lines, and a finding picked
 * in Warnings brings its line into view.
 */
export default function ManifestEditor({ design, text, onReady, onProblem }: ManifestEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  const initial = useRef({ text, onReady });
  const dark = usePrefersDark();

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const model = monaco.editor.createModel(
      initial.current.text ?? '',
      'yaml',
      monaco.Uri.parse(MODEL_URI),
    );
    const created = monaco.editor.create(element, {
      model,
      ariaLabel: 'Manifest YAML',
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      tabSize: 2,
      renderLineHighlight: 'none',
    });
    setEditor(created);
    document.body.dataset.monacoReady = 'true';
    performance.mark('monaco-ready');
    initial.current.onReady();
    return () => {
      setEditor(null);
      created.dispose();
      model.dispose();
      delete document.body.dataset.monacoReady;
    };
  }, []);

  useEditLoop(editor, { design, text, onProblem });
  usePasteDoor(editor, design);
  useDraftRestore(editor);
  useKeyboardExit(editor);
  useRevealLine(editor);
  useCursorInView(editor);

  useEffect(() => {
    monaco.editor.setTheme(dark ? 'vs-dark' : 'vs');
  }, [dark]);

  return <div ref={host} className="manifest-editor" />;
}
