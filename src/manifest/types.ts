import type { JsonObject, JsonValue } from '../model/json';
import type { Design } from '../model/types';

/** One document of a manifest file, in file order. */
export type ManifestDocument =
  | { type: 'workload'; design: Design }
  /** `kind: List`: the wrapper with a placeholder for `items`, and its items in order. */
  | { type: 'list'; wrapper: JsonObject; items: ManifestDocument[] }
  /** Anything the designer does not model (Service, ConfigMap, CRDs, unknown kinds): kept as is. */
  | { type: 'other'; value: JsonValue };

export interface ManifestFile {
  documents: ManifestDocument[];
}

/** Something an import could not model or wants the user to know, in plain words. */
export interface ImportNote {
  level: 'info' | 'warning';
  message: string;
  /** 0-based index of the document in the file, when the note concerns one. */
  document?: number;
  /** 1-based line in the imported text, when known. */
  line?: number;
}

/** Why a text could not be imported; nothing was changed. */
export interface ImportError {
  message: string;
  /** 1-based line and column, when the problem has a position. */
  line?: number;
  column?: number;
  /** Set when the text is a Helm or Go template, which must be rendered before it is a manifest. */
  template?: true;
}

export type ImportResult =
  | { ok: true; file: ManifestFile; notes: ImportNote[] }
  | { ok: false; error: ImportError };
