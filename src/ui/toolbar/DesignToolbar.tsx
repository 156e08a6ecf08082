import { ExportMenu } from './ExportMenu';
import { ImportButton } from './ImportButton';
import { KindSelect } from './KindSelect';
import { LearningButtons } from './LearningButtons';
import { NewDesignButton } from './NewDesignButton';
import { ShareButtons } from './ShareButtons';
import { SidecarModeControl } from './SidecarModeControl';
import { UndoRedoButtons } from './UndoRedoButtons';
import { VersionSelect } from './VersionSelect';
import './toolbar.css';

/**
 * The design-wide controls: undo and redo; the sidecar mode, Kubernetes version and workload
 * kind; starting over, importing and exporting the manifest; and, for an empty pod, the example.
 */
export function DesignToolbar() {
  return (
    <div className="design-toolbar" role="toolbar" aria-label="Design">
      <UndoRedoButtons />
      <SidecarModeControl />
      <VersionSelect />
      <KindSelect />
      <div className="toolbar__group">
        <NewDesignButton />
        <ImportButton />
        <ExportMenu />
        <ShareButtons />
      </div>
      <LearningButtons />
    </div>
  );
}
