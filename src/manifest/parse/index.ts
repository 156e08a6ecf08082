// Entry points of manifest parsing (implementation in progress).
import type { JsonValue } from '../../model/json';
import type { ImportNote, ManifestFile } from '../types';

/** Turns plain documents (already read and checked by the restore door) into a manifest file. */
export function parseDocuments(_documents: JsonValue[]): {
  file: ManifestFile;
  notes: ImportNote[];
} {
  throw new Error('not implemented yet');
}
