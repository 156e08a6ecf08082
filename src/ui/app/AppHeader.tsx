import { OpenFileStatus } from '../document/OpenFileStatus';
import { DesignToolbar } from '../toolbar/DesignToolbar';
import { NotificationList } from './NotificationList';

/** The product name, the imported file the design belongs to, and the design-wide controls. */
export function AppHeader() {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1>Sidecar Studio</h1>
        <p className="app-header__tagline">
          Design a Kubernetes pod, its sidecars and init containers, and read the manifest.
        </p>
        <OpenFileStatus />
        <NotificationList />
      </div>
      <div className="app-header__toolbar">
        <DesignToolbar />
      </div>
    </header>
  );
}
