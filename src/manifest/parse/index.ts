import { isJsonObject, type JsonValue } from '../../model/json';
import { withPlaceholders } from '../overlay';
import type { ImportNote, ManifestDocument, ManifestFile } from '../types';
import { applyDesignFacts } from './facts';
import { isModelledWorkload, parseWorkload } from './workload';

export interface ParseOptions {
  /** Guess legacy sidecars and purposes from images and names (default true). */
  guess?: boolean;
}

/**
 * Turns plain documents (already read and checked by the restore door) into a manifest file.
 * Empty documents are dropped; `kind: List` items are parsed one by one; everything that is not
 * a workload the designer models is kept as it is.
 */
export function parseDocuments(
  documents: JsonValue[],
  options: ParseOptions = {},
): { file: ManifestFile; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const guess = options.guess ?? true;
  const parseDocument = (doc: JsonValue, index: number): ManifestDocument => {
    if (!isJsonObject(doc)) return { type: 'other', value: doc };
    if (doc.kind === 'List' && Array.isArray(doc.items)) {
      const items = doc.items.map((item) => parseDocument(item, index));
      return { type: 'list', wrapper: withPlaceholders(doc, ['items']), items };
    }
    if (!isModelledWorkload(doc)) return { type: 'other', value: doc };
    const { design, notes: factNotes } = applyDesignFacts(parseWorkload(doc), index, guess);
    notes.push(...factNotes);
    return { type: 'workload', design };
  };
  const parsed: ManifestDocument[] = [];
  documents.forEach((doc, index) => {
    if (doc !== null && doc !== undefined) parsed.push(parseDocument(doc, index));
  });
  return { file: { documents: parsed }, notes };
}
