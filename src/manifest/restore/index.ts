import { checkIntegrity } from '../../model/invariants';
import type { JsonValue } from '../../model/json';
import { type ParseOptions, parseDocuments } from '../parse/index';
import type { ImportError, ImportNote, ImportResult, ManifestFile } from '../types';
import { designsOf } from '../workloads';
import { MAX_TEXT_LENGTH, tooLargeMessage } from './limits';
import type { SourceIndex } from './locate';
import { optionalLine, workloadNotes } from './notes';
import { formatPath } from './path';
import { type DroppedKey, toPlainJson, valueBudget } from './plain';
import { readYaml } from './read';

/** How many dropped hostile keys are listed one by one before a single summary note. */
const DROPPED_KEY_NOTES = 50;

function fail(error: ImportError): ImportResult {
  return { ok: false, error };
}

function droppedKeyNotes(
  dropped: readonly [number, DroppedKey][],
  index: SourceIndex,
): ImportNote[] {
  const notes: ImportNote[] = dropped
    .slice(0, DROPPED_KEY_NOTES)
    .map(([document, { key, path }]) => ({
      level: 'warning',
      message: `Dropped the key "${key}" at ${formatPath(path)}: Sidecar Studio never imports keys named __proto__, constructor or prototype.`,
      document,
      ...optionalLine(index.lineOf(document, path)),
    }));
  if (dropped.length > DROPPED_KEY_NOTES) {
    notes.push({
      level: 'warning',
      message: `…and ${dropped.length - DROPPED_KEY_NOTES} more keys named __proto__, constructor or prototype were dropped.`,
    });
  }
  return notes;
}

/** Notes in document order (notes about the whole file first); the order within a document stays. */
function byDocument(notes: ImportNote[]): ImportNote[] {
  return notes
    .map((note, i) => ({ note, i }))
    .sort((a, b) => (a.note.document ?? -1) - (b.note.document ?? -1) || a.i - b.i)
    .map(({ note }) => note);
}

/**
 * Why a workload of the file cannot be opened, if one cannot. Duplicate names, missing images
 * and other mistakes the API server refuses are imported and left to lint; only a design the
 * model cannot hold at all stops the import (a safety net: parsing gives every container and
 * volume its own identity and drops links it cannot hold).
 */
function brokenWorkload(file: ManifestFile): string | undefined {
  for (const design of designsOf(file)) {
    const [problem] = checkIntegrity(design);
    if (problem) {
      const name = typeof design.metadata.name === 'string' ? design.metadata.name : '';
      return `${design.kind} "${name}" cannot be opened: ${problem}`;
    }
  }
  return undefined;
}

function restoreReadable(text: string, options: ParseOptions): ImportResult {
  const read = readYaml(text);
  if (!read.ok) return fail(read.error);
  const { index } = read;
  const budget = valueBudget();
  const documents: JsonValue[] = [];
  const dropped: [number, DroppedKey][] = [];
  for (const [document, value] of read.documents.entries()) {
    const plain = toPlainJson(value, budget);
    if (!plain.ok)
      return fail({ message: plain.message, ...optionalLine(index.lineOf(document, plain.path)) });
    documents.push(plain.value);
    for (const key of plain.dropped) dropped.push([document, key]);
  }
  const parsed = parseDocuments(documents, options);
  const broken = brokenWorkload(parsed.file);
  if (broken) return fail({ message: broken });
  const notes = [
    ...droppedKeyNotes(dropped, index),
    ...parsed.notes,
    ...workloadNotes(documents, (document, path) => index.lineOf(document, path)),
  ];
  return { ok: true, file: parsed.file, notes: byDocument(notes) };
}

/**
 * The one door for untrusted manifest text (file picker, drop, paste, command line). In order it
 * refuses: texts over 5 MB (measured in UTF-16 code units, `text.length`); Helm and Go templates
 * (`{{` in plain YAML; quoted and block strings are data); malformed YAML (with line and column);
 * more than 10,000 documents; nesting deeper than 100 levels; values without a JSON form (tags
 * such as `!!set`, `.inf`, `.nan`; `!!binary` is kept as base64 text). Keys named `__proto__`,
 * `constructor` or `prototype` are dropped with a warning. The clean documents then go to
 * `parseDocuments`, and notes tell the user what was kept as is, left as a placeholder, or lacks
 * an image. Never throws.
 */
export function restoreManifest(text: string, options: ParseOptions = {}): ImportResult {
  if (text.length > MAX_TEXT_LENGTH) return fail({ message: tooLargeMessage(text.length) });
  try {
    return restoreReadable(text, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail({ message: `Sidecar Studio could not import this file: ${reason}` });
  }
}

/**
 * Imports `text` to replace `current`. When the import fails, `file` is `current` itself (the
 * same object, untouched), so a caller can never lose the last good design.
 */
export function importInto(
  current: ManifestFile,
  text: string,
): { file: ManifestFile; result: ImportResult } {
  const result = restoreManifest(text);
  return { file: result.ok ? result.file : current, result };
}
