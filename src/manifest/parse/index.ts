import { isJsonObject, type JsonValue } from '../../model/json';
import { withPlaceholders } from '../overlay';
import type { ImportNote, ManifestDocument, ManifestFile } from '../types';
import { applyDesignFacts } from './facts';
import { isModelledWorkload, parseWorkload } from './workload';

/**
 * Turns plain documents (already read and checked by the restore door) into a manifest file.
 * Empty documents are dropped; `kind: List` items are parsed one by one; everything that is not
 * a workload the designer models is kept as it is.
 */
export function parseDocuments(documents: JsonValue[]): {
  file: ManifestFile;
  notes: ImportNote[];
} {
  const notes: ImportNote[] = [];
  const parsed: ManifestDocument[] = [];
  documents.forEach((doc, index) => {
    if (doc === null || doc === undefined) return;
    parsed.push(parseDocument(doc, index, notes));
  });
  return { file: { documents: parsed }, notes };
}

function parseDocument(doc: JsonValue, index: number, notes: ImportNote[]): ManifestDocument {
  if (!isJsonObject(doc)) return { type: 'other', value: doc };
  if (doc.kind === 'List' && Array.isArray(doc.items)) {
    return {
      type: 'list',
      wrapper: withPlaceholders(doc, ['items']),
      items: doc.items.map((item) => parseDocument(item, index, notes)),
    };
  }
  if (!isModelledWorkload(doc)) return { type: 'other', value: doc };
  const { design, notes: factNotes } = applyDesignFacts(parseWorkload(doc), index);
  notes.push(...factNotes);
  return { type: 'workload', design };
}
