import type * as Y from 'yjs';
import { readSavedFile, type SavedFile } from '../persist/fileShape';
import { readPlainJson } from '../persist/plainJson';

/** The open file as a session shares it: the shape the page saves it in. */
export type SharedFile = SavedFile;

/**
 * The open manifest file of a live session (every document, which workload is on the canvas, the
 * import notes), kept whole as JSON text in the document's `file` map: it changes when a file is
 * opened or the canvas moves to another workload, not on each edit of the design, which the
 * design's own shared types carry.
 */
function fileMap(doc: Y.Doc): Y.Map<string> {
  return doc.getMap<string>('file');
}

/** The shared type to include in an undo history, so that undoing a workload switch undoes both. */
export function sharedFileType(doc: Y.Doc): Y.Map<string> {
  return fileMap(doc);
}

/** Writes the open file (or its absence) when it differs from what the document holds. */
export function writeOpenFile(doc: Y.Doc, open: SharedFile | null): void {
  const map = fileMap(doc);
  if (open === null) {
    if (map.has('open')) map.delete('open');
    return;
  }
  const text = JSON.stringify(open);
  if (map.get('open') !== text) map.set('open', text);
}

/**
 * The open file the document holds, read through the same door as a saved one (bounded, hostile
 * keys dropped, every workload checked); null when there is none or it does not pass.
 */
export function readOpenFile(doc: Y.Doc): SharedFile | null {
  const text = fileMap(doc).get('open');
  if (typeof text !== 'string') return null;
  const plain = readPlainJson(text);
  if (!plain.ok) return null;
  const read = readSavedFile(plain.value);
  return read.ok ? read.file : null;
}
