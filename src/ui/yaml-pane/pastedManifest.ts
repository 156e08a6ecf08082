import { restoreManifest } from '../../manifest/restore/index';
import type { Design } from '../../model/types';
import { nameOf, workloadsOf } from '../../store/openFile';

/**
 * True when text pasted into the manifest editor is a manifest file of its own rather than an
 * edit of the workload shown: it holds several documents or workloads, or, while a file is open,
 * a workload other than the one on the canvas (another kind or name). Such text goes through the
 * import door (workload picker, import notes, replace or open as new) instead of the editor.
 * Text that does not parse is an edit in progress and stays in the editor.
 */
export function isAnotherManifest(text: string, shown: Design, fileOpen: boolean): boolean {
  const result = restoreManifest(text);
  if (!result.ok) return false;
  const workloads = workloadsOf(result.file);
  if (result.file.documents.length > 1 || workloads.length > 1) return true;
  const [only] = workloads;
  if (!fileOpen || only === undefined) return false;
  return only.kind !== shown.kind || nameOf(only) !== nameOf(shown);
}
