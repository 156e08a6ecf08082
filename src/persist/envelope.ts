import type { Design } from '../model/types';
import type { SavedFile } from './fileShape';

/** Names the product in every saved envelope, so that foreign data is never taken for a design. */
export const APP_ID = 'sidecar-studio';

/** The envelope format this version writes; older formats are migrated when read. */
export const ENVELOPE_VERSION = 1;

/**
 * How a design is saved (format 1), as JSON:
 * - `app`: always `"sidecar-studio"`;
 * - `version`: the envelope format, `1`;
 * - `savedAt`: when it was written, ISO 8601 (UTC), or `null` when migrated from a format that
 *   did not record it;
 * - `tabId`: the browser tab that wrote it (a random id per page load);
 * - `revision`: counts the saves of this design across tabs, so a tab can tell that another tab
 *   saved a newer design since it last loaded or saved;
 * - `design`: the Design itself, as plain JSON;
 * - `file` (optional): the manifest file the design belongs to, every document in order, with
 *   which of its workloads the design is (see `SavedFile`); absent for a design standing alone.
 */
export interface SavedEnvelope {
  app: typeof APP_ID;
  version: typeof ENVELOPE_VERSION;
  savedAt: string | null;
  tabId: string;
  revision: number;
  design: Design;
  file?: SavedFile;
}

/** Who saved a design and at which revision: what the two-tab guard compares. */
export interface SaveStamp {
  tabId: string;
  revision: number;
}

/**
 * The envelope for saving `design` now, as revision `stamp.revision` by tab `stamp.tabId`, with
 * the file it belongs to, if any.
 */
export function createEnvelope(
  design: Design,
  stamp: SaveStamp,
  savedAt: Date,
  file: SavedFile | null = null,
): SavedEnvelope {
  return {
    app: APP_ID,
    version: ENVELOPE_VERSION,
    savedAt: savedAt.toISOString(),
    tabId: stamp.tabId,
    revision: stamp.revision,
    design,
    ...(file !== null && { file }),
  };
}

/** The text stored for an envelope. */
export function serialiseEnvelope(envelope: SavedEnvelope): string {
  return JSON.stringify(envelope);
}
