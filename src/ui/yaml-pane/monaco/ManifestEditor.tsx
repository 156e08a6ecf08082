import { useEffect, useRef } from 'react';
import { monaco } from './monacoSetup';
import { usePrefersDark } from './usePrefersDark';

interface ManifestEditorProps {
  /** The manifest to show; the editor follows it. */
  text: string;
  /** Called once the editor is on screen. */
  onReady: () => void;
}

const MODEL_URI = 'file:///manifest.yaml';

/** The manifest in Monaco, with YAML highlighting, folding and validation. Read-only for now. */
export default function ManifestEditor({ text, onReady }: ManifestEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const initial = useRef({ text, onReady });
  const dark = usePrefersDark();

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const model = monaco.editor.createModel(
      initial.current.text,
      'yaml',
      monaco.Uri.parse(MODEL_URI),
    );
    const editor = monaco.editor.create(element, {
      model,
      readOnly: true,
      ariaLabel: 'Manifest YAML',
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      tabSize: 2,
      renderLineHighlight: 'none',
    });
    editorRef.current = editor;
    document.body.dataset.monacoReady = 'true';
    performance.mark('monaco-ready');
    initial.current.onReady();
    return () => {
      editorRef.current = null;
      editor.dispose();
      model.dispose();
      delete document.body.dataset.monacoReady;
    };
  }, []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== text) model.setValue(text);
  }, [text]);

  useEffect(() => {
    monaco.editor.setTheme(dark ? 'vs-dark' : 'vs');
  }, [dark]);

  return <div ref={host} className="manifest-editor" />;
}
