import type { CSSProperties } from 'react';
import { Inspector } from '../inspector/Inspector';
import { LifecycleDrawer } from '../timeline/LifecycleDrawer';
import { LazyWarningsPanel } from '../warnings/LazyWarningsPanel';
import { ManifestPane } from '../yaml-pane/ManifestPane';
import { AppHeader } from './AppHeader';
import { CanvasPane } from './CanvasPane';
import { NoticeBanner } from './NoticeBanner';
import { PaneSplitter } from './PaneSplitter';
import { useDropAndPaste } from './useDropAndPaste';
import { useUndoShortcuts } from './useUndoShortcuts';
import { useWorkspaceLayout } from './useWorkspaceLayout';
import type { SidePane } from './workspaceLayout';
import './app.css';

const PANE_IDS: Record<SidePane, string> = { side: 'pane-side', manifest: 'pane-manifest' };

function drawnWidth(pane: SidePane): number {
  return document.getElementById(PANE_IDS[pane])?.getBoundingClientRect().width ?? 0;
}

/**
 * The whole page: the header with the design-wide controls; the palette above the pod canvas,
 * which takes most of the page; the inspector of the selection above the warnings; the manifest.
 * The inspector column and the manifest can be resized and hidden, and the page remembers how.
 */
export function App() {
  useUndoShortcuts();
  useDropAndPaste();
  const { layout, update } = useWorkspaceLayout();
  const style = {
    ...(layout.side.width !== undefined && { '--side-width': `${layout.side.width}px` }),
    ...(layout.manifest.width !== undefined && {
      '--manifest-width': `${layout.manifest.width}px`,
    }),
  } as CSSProperties;
  const classes = [
    'app-main',
    layout.side.collapsed && 'is-side-collapsed',
    layout.manifest.collapsed && 'is-manifest-collapsed',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="app">
      <AppHeader />
      <NoticeBanner />
      <main className={classes} style={style}>
        <div className="app-column app-column--design">
          <CanvasPane />
        </div>
        <PaneSplitter
          name="the inspector and warnings"
          controls={PANE_IDS.side}
          pane={layout.side}
          currentWidth={() => drawnWidth('side')}
          onChange={(change) => update('side', change)}
        />
        <div id={PANE_IDS.side} className="app-column app-column--side">
          <Inspector />
          <LazyWarningsPanel />
        </div>
        <PaneSplitter
          name="the manifest"
          controls={PANE_IDS.manifest}
          pane={layout.manifest}
          currentWidth={() => drawnWidth('manifest')}
          onChange={(change) => update('manifest', change)}
        />
        <div id={PANE_IDS.manifest} className="app-column app-column--manifest">
          <ManifestPane />
        </div>
        <LifecycleDrawer />
      </main>
    </div>
  );
}
