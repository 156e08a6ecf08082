import { lazy, Suspense, useCallback, useState } from 'react';
import type { ImportError } from '../../manifest/types';
import { useAfterCanvas } from '../../store/afterCanvas';
import { useStudio } from '../../store/studioStore';
import { useManifest } from '../../store/useManifest';
import { whenInputQuiet } from '../idle/whenInputQuiet';
import { EditorBoundary } from './EditorBoundary';
import { type EditorStatus, editorStatusText, lastValidText } from './editorStatus';
import { KeptDraft } from './KeptDraft';
import { ManifestText } from './ManifestText';
import './manifest.css';

const ManifestEditor = lazy(loadManifestEditor);

/**
 * The editor's code in two pieces, Monaco's core and then its features and the YAML language
 * service, each evaluated in a task of its own while the person gives no input, and the editor
 * created in a third: a click on the canvas never waits behind all of it.
 */
async function loadManifestEditor() {
  await whenInputQuiet();
  await import('monaco-editor/esm/vs/editor/editor.api');
  await whenInputQuiet();
  const editor = await import('./monaco/ManifestEditor');
  await whenInputQuiet();
  return editor;
}

/**
 * The generated manifest. The plain text shows at once; the editor loads afterwards and takes
 * its place, showing the same text. Typing in the editor updates the diagram; while the text
 * cannot be shown, a status line says why and the diagram keeps the last valid manifest. If the
 * editor cannot load, the plain text stays.
 */
export function ManifestPane() {
  const design = useStudio((state) => state.design);
  const manifest = useManifest();
  const [status, setStatus] = useState<EditorStatus>('loading');
  const [problem, setProblem] = useState<ImportError | null>(null);
  const onReady = useCallback(() => setStatus('ready'), []);
  const onError = useCallback(() => setStatus('failed'), []);
  // The editor is the heaviest part of the page: it loads once the canvas is interactive.
  const editorMayLoad = useAfterCanvas();

  return (
    <section className="pane pane--manifest" aria-labelledby="manifest-heading">
      <div className="pane__header">
        <h2 id="manifest-heading">Manifest</h2>
        <span className="pane__status">{editorStatusText(status)}</span>
        {status === 'ready' && (
          <span className="pane__status manifest-keys" id="manifest-keys">
            Esc leaves the editor · Tab moves on until you type (Ctrl+M switches)
          </span>
        )}
      </div>
      <div className="manifest-body">
        {!manifest.ok && (
          <p className="manifest-error" role="alert">
            {manifest.error}
          </p>
        )}
        <p className="manifest-status" role="status">
          {problem ? lastValidText(problem.message) : ''}
        </p>
        <KeptDraft />
        <div className="manifest-view">
          <ManifestText
            text={manifest.text}
            hidden={status === 'ready'}
            writing={'writing' in manifest}
          />
          {editorMayLoad && status !== 'failed' && (
            <EditorBoundary onError={onError}>
              <Suspense fallback={null}>
                <ManifestEditor
                  design={design}
                  text={manifest.ok ? manifest.text : null}
                  onReady={onReady}
                  onProblem={setProblem}
                />
              </Suspense>
            </EditorBoundary>
          )}
        </div>
      </div>
    </section>
  );
}
