import { ManifestPane } from '../yaml-pane/ManifestPane';
import { AppHeader } from './AppHeader';
import { CanvasPane } from './CanvasPane';
import './app.css';

/** The whole page: header, then the pod canvas beside its manifest. */
export function App() {
  return (
    <div className="app">
      <AppHeader />
      <main className="app-main">
        <CanvasPane />
        <ManifestPane />
      </main>
    </div>
  );
}
