import type { ImportNote, ManifestDocument, ManifestFile } from '../manifest/types';
import { checkIntegrity } from '../model/invariants';
import { isJsonObject, type JsonValue } from '../model/json';
import { readDesign } from './designShape';

/**
 * An open manifest file as it is saved: its name, every document in order (the other workloads
 * with the edits made to them), which workload is being edited, and what its import noted. The
 * edited workload itself is the envelope's `design`.
 */
export interface SavedFile {
  fileName: string;
  file: ManifestFile;
  /** Which workload of the file is edited: an index into its workloads in file order. */
  workload: number;
  notes: readonly ImportNote[];
}

/** Thrown inside this module only, to stop at the first field that is not what it should be. */
class BadFile extends Error {}

function readNote(value: JsonValue, index: number): ImportNote {
  if (!isJsonObject(value)) throw new BadFile(`Import note ${index + 1} is not an object.`);
  const { level, message, document, line } = value;
  if ((level !== 'info' && level !== 'warning') || typeof message !== 'string') {
    throw new BadFile(`Import note ${index + 1} has no level or message.`);
  }
  const note: ImportNote = { level, message };
  if (typeof document === 'number' && Number.isSafeInteger(document)) note.document = document;
  if (typeof line === 'number' && Number.isSafeInteger(line)) note.line = line;
  return note;
}

function readDocument(value: JsonValue, where: string, depth: number): ManifestDocument {
  if (!isJsonObject(value)) throw new BadFile(`${where} is not an object.`);
  switch (value.type) {
    case 'workload': {
      if (value.design === undefined) throw new BadFile(`${where} holds no design.`);
      const shaped = readDesign(value.design);
      if (!shaped.ok) throw new BadFile(`${where}: ${shaped.reason}`);
      const problems = checkIntegrity(shaped.design);
      if (problems.length > 0) throw new BadFile(`${where}: ${problems.join(' ')}`);
      return { type: 'workload', design: shaped.design };
    }
    case 'list': {
      // A `kind: List` inside a List is not something the import door produces.
      if (depth > 0 || !isJsonObject(value.wrapper) || !Array.isArray(value.items)) {
        throw new BadFile(`${where} is not a readable List.`);
      }
      return {
        type: 'list',
        wrapper: value.wrapper,
        items: value.items.map((item, i) => readDocument(item, `${where}, item ${i + 1}`, 1)),
      };
    }
    case 'other':
      if (value.value === undefined) throw new BadFile(`${where} holds no value.`);
      return { type: 'other', value: value.value };
    default:
      throw new BadFile(`${where} is of no known type.`);
  }
}

function countWorkloads(documents: readonly ManifestDocument[]): number {
  return documents.reduce(
    (sum, d) => sum + (d.type === 'workload' ? 1 : d.type === 'list' ? countWorkloads(d.items) : 0),
    0,
  );
}

/**
 * The open file of a saved envelope, read from plain JSON (already stripped of `__proto__` keys
 * and bounded by the restore door), or the first thing that is wrong with it. Every workload is
 * checked as saved designs are (shape, then `checkIntegrity`); the edited workload's index must
 * name one of them.
 */
export function readSavedFile(
  value: JsonValue,
): { ok: true; file: SavedFile } | { ok: false; reason: string } {
  try {
    if (!isJsonObject(value)) throw new BadFile('The open file is not an object.');
    const { fileName, workload, notes, file } = value;
    if (typeof fileName !== 'string') throw new BadFile('The open file has no name.');
    if (!isJsonObject(file) || !Array.isArray(file.documents)) {
      throw new BadFile('The open file has no documents.');
    }
    const documents = file.documents.map((d, i) => readDocument(d, `Document ${i + 1}`, 0));
    const count = countWorkloads(documents);
    if (typeof workload !== 'number' || !Number.isSafeInteger(workload)) {
      throw new BadFile('The edited workload is not a whole number.');
    }
    if (workload < 0 || workload >= count) {
      throw new BadFile(`The file has no workload number ${workload + 1}.`);
    }
    if (!Array.isArray(notes)) throw new BadFile('The import notes are not a list.');
    return {
      ok: true,
      file: { fileName, workload, notes: notes.map(readNote), file: { documents } },
    };
  } catch (error) {
    if (error instanceof BadFile) return { ok: false, reason: error.message };
    throw error;
  }
}
