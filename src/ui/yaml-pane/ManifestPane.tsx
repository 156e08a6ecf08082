import { lazy, Suspense, useCallback, useState } from 'react';
import { useManifest } from '../../store/useManifest';
import { EditorBoundary } from './EditorBoundary';
import { type EditorStatus, editorStatusText } from './editorStatus';
import { ManifestText } from './ManifestText';
import './manifest.css';

const ManifestEditor = lazy(() => import('./monaco/ManifestEditor'));

/**
 * The generated manifest. The plain text shows at once; the editor loads afterwards and takes
 * its place, showing the same text. If the editor cannot load, the plain text stays.
 */
export function ManifestPane() {
  const manifest = useManifest();
  const [status, setStatus] = useState<EditorStatus>('loading');
  const onReady = useCallback(() => setStatus('ready'), []);
  const onError = useCallback(() => setStatus('failed'), []);

  return (
    <section className="pane pane--manifest" aria-labelledby="manifest-heading">
      <div className="pane__header">
        <h2 id="manifest-heading">Manifest</h2>
        <span className="pane__status">{editorStatusText(status)}</span>
      </div>
      <div className="manifest-body">
        {!manifest.ok && (
          <p className="manifest-error" role="alert">
            {manifest.error}
          </p>
        )}
        <div className="manifest-view">
          <ManifestText text={manifest.text} hidden={status === 'ready'} />
          {status !== 'failed' && (
            <EditorBoundary onError={onError}>
              <Suspense fallback={null}>
                <ManifestEditor text={manifest.text} onReady={onReady} />
              </Suspense>
            </EditorBoundary>
          )}
        </div>
      </div>
    </section>
  );
}
