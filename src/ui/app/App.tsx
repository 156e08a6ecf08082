import { Inspector } from '../inspector/Inspector';
import { Palette } from '../palette/Palette';
import { LifecycleDrawer } from '../timeline/LifecycleDrawer';
import { LazyWarningsPanel } from '../warnings/LazyWarningsPanel';
import { ManifestPane } from '../yaml-pane/ManifestPane';
import { AppHeader } from './AppHeader';
import { CanvasPane } from './CanvasPane';
import { NoticeBanner } from './NoticeBanner';
import { useDropAndPaste } from './useDropAndPaste';
import { useUndoShortcuts } from './useUndoShortcuts';
import './app.css';

/**
 * The whole page: the header with the design-wide controls; the palette above the pod canvas;
 * the inspector of the selection above the warnings; the manifest.
 */
export function App() {
  useUndoShortcuts();
  useDropAndPaste();
  return (
    <div className="app">
      <AppHeader />
      <NoticeBanner />
      <main className="app-main">
        <div className="app-column app-column--design">
          <Palette />
          <CanvasPane />
        </div>
        <div className="app-column app-column--side">
          <Inspector />
          <LazyWarningsPanel />
        </div>
        <ManifestPane />
        <LifecycleDrawer />
      </main>
    </div>
  );
}
