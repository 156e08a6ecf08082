import { restoreManifest } from '../../manifest/restore/index';
import type { ImportError } from '../../manifest/types';
import { designsOf } from '../../manifest/workloads';
import type { Design } from '../../model/types';
import { manifestOf } from '../../store/manifest';

/** What a hand-edited manifest means for the design on the canvas. */
export type EditedYaml =
  /** A different design; `text` is the manifest it generates. */
  | { kind: 'design'; design: Design; text: string }
  /** The text describes the design already shown (only layout, comments or quoting differ). */
  | { kind: 'same'; design: Design }
  /** The text cannot become a design; the design shown stays. */
  | { kind: 'invalid'; problem: ImportError };

const NO_WORKLOAD: ImportError = {
  message:
    'There is no workload here to design: write a Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob.',
  line: 1,
  column: 1,
};

/**
 * Reads the manifest a person typed, through the import door. The first workload of the text
 * becomes the design; a text that describes the current design yields `same`, so reformatting
 * or adding comments changes nothing.
 */
export function readEditedYaml(text: string, current: Design): EditedYaml {
  const result = restoreManifest(text);
  if (!result.ok) return { kind: 'invalid', problem: result.error };
  const [design] = designsOf(result.file);
  if (!design) return { kind: 'invalid', problem: NO_WORKLOAD };
  const manifest = manifestOf(design);
  if (!manifest.ok) return { kind: 'invalid', problem: { message: manifest.error } };
  const shown = manifestOf(current);
  if (shown.ok && shown.text === manifest.text) return { kind: 'same', design: current };
  return { kind: 'design', design, text: manifest.text };
}
