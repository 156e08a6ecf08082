import { KindSelect } from './KindSelect';
import { NewDesignButton } from './NewDesignButton';
import { SidecarModeControl } from './SidecarModeControl';
import { VersionSelect } from './VersionSelect';
import './toolbar.css';

/** The design-wide settings: sidecar mode, Kubernetes version, workload kind, start over. */
export function DesignToolbar() {
  return (
    <div className="design-toolbar">
      <SidecarModeControl />
      <VersionSelect />
      <KindSelect />
      <NewDesignButton />
    </div>
  );
}
