import { isJsonObject, type JsonValue } from '../model/json';
import type { Design } from '../model/types';
import { isModelledWorkload } from './parse/workload';
import type { ManifestDocument, ManifestFile } from './types';

/** Where a workload stands in its file: the document index and, inside a `kind: List`, its item. */
export interface WorkloadLocation {
  /** 0-based index of the document in the file, empty documents counted. */
  document: number;
  /** Prefix of field paths inside the document: '' or `items[3].`. */
  prefix: string;
}

/** The locations of the workloads of plain documents, in the order parseDocuments finds them. */
export function workloadLocations(documents: readonly unknown[]): WorkloadLocation[] {
  const found: WorkloadLocation[] = [];
  documents.forEach((doc, document) => {
    if (!isJsonObject(doc as JsonValue)) return;
    const object = doc as Record<string, JsonValue>;
    if (object.kind === 'List' && Array.isArray(object.items)) {
      object.items.forEach((item, i) => {
        if (isJsonObject(item) && isModelledWorkload(item))
          found.push({ document, prefix: `items[${i}].` });
      });
    } else if (isModelledWorkload(object)) {
      found.push({ document, prefix: '' });
    }
  });
  return found;
}

/** The designs of a manifest file, `kind: List` items included, in file order. */
export function designsOf(file: ManifestFile): Design[] {
  const collect = (d: ManifestDocument): Design[] =>
    d.type === 'workload' ? [d.design] : d.type === 'list' ? d.items.flatMap(collect) : [];
  return file.documents.flatMap(collect);
}
