import { MAX_TEXT_LENGTH } from '../manifest/restore/limits';

/**
 * The longest saved text read: a whole file of the largest size the import door takes, as the
 * model's JSON (which is larger than its YAML).
 */
export const MAX_SAVED_LENGTH = 4 * MAX_TEXT_LENGTH;

import { checkIntegrity } from '../model/invariants';
import type { JsonObject } from '../model/json';
import type { Design } from '../model/types';
import { readDesign } from './designShape';
import { APP_ID, ENVELOPE_VERSION, type SavedEnvelope } from './envelope';
import { readSavedFile, type SavedFile } from './fileShape';
import { migrate } from './migrate';
import { readPlainJson } from './plainJson';

/** A saved design that can be opened, or why it cannot. */
export type SavedStateResult =
  | {
      ok: true;
      envelope: SavedEnvelope;
      design: Design;
      /** The manifest file the design belongs to; null for a design standing alone. */
      file: SavedFile | null;
      /** The format the text was written in (0 for a bare design, before envelopes). */
      migratedFrom: number;
      /** Sentences about what was left out on the way in (keys that are never read). */
      notes: string[];
    }
  | { ok: false; reason: string };

function fail(reason: string): SavedStateResult {
  return { ok: false, reason };
}

function stampOf(
  value: JsonObject,
): { savedAt: string | null; tabId: string; revision: number } | string {
  const { savedAt, tabId, revision } = value;
  if (savedAt !== null && typeof savedAt !== 'string') return 'Its save time is not readable.';
  if (typeof tabId !== 'string') return 'The tab that saved it is not readable.';
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0) {
    return 'Its revision is not a whole number.';
  }
  return { savedAt, tabId, revision };
}

/**
 * Reads a saved design from untrusted text (another tab, an older build, a person with the
 * developer tools). In order it refuses: text over {@link MAX_SAVED_LENGTH}, invalid JSON,
 * nesting or size beyond the door's bounds, data that is not a Sidecar Studio envelope or bare
 * design, formats newer than this build, envelope fields of the wrong type, a design of the wrong
 * shape, and a design that breaks the model's rules (`checkIntegrity`), and an open file whose
 * documents fail the same checks (`readSavedFile`). What passes is plain JSON
 * of bounded depth, which the manifest generator can write; the manifest pane reports it if not,
 * once its writer has arrived after first paint, so opening a design never waits for the writer.
 * Keys named `__proto__` are dropped, as the import door does, and
 * listed in `notes`. Older formats are migrated. Never throws.
 */
export function parseSavedState(text: string): SavedStateResult {
  if (text.length > MAX_SAVED_LENGTH)
    return fail('The saved data is larger than Sidecar Studio reads.');
  const plain = readPlainJson(text);
  if (!plain.ok) return fail(plain.reason);
  const migrated = migrate(plain.value);
  if (!migrated.ok) return fail(migrated.reason);
  const { value } = migrated;
  if (value.app !== APP_ID || value.version !== ENVELOPE_VERSION) {
    return fail('The saved data is not a Sidecar Studio design.');
  }
  const stamp = stampOf(value);
  if (typeof stamp === 'string') return fail(`The saved design is damaged: ${stamp}`);
  const shaped = value.design === undefined ? null : readDesign(value.design);
  if (shaped === null) return fail('The saved data holds no design.');
  if (!shaped.ok) return fail(`The saved design is damaged: ${shaped.reason}`);
  const { design } = shaped;
  const problems = checkIntegrity(design);
  if (problems.length > 0)
    return fail(`The saved design breaks the model's rules: ${problems.join(' ')}`);
  let file: SavedFile | null = null;
  if (value.file !== undefined) {
    const read = readSavedFile(value.file);
    if (!read.ok) return fail(`The saved file is damaged: ${read.reason}`);
    file = read.file;
  }
  const notes = plain.dropped.map(
    (path) => `Left out the key at ${path}: Sidecar Studio never reads keys named __proto__.`,
  );
  return {
    ok: true,
    envelope: {
      app: APP_ID,
      version: ENVELOPE_VERSION,
      ...stamp,
      design,
      ...(file !== null && { file }),
    },
    design,
    file,
    migratedFrom: migrated.from,
    notes,
  };
}
