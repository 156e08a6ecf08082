import { parseDocuments } from '../manifest/parse';
import type { ImportResult } from '../manifest/types';
import { readYamlDocuments } from '../manifest/yaml/read';
import type { JsonValue } from '../model/json';

/** Imports a manifest text for the command line. */
export function importText(text: string): ImportResult {
  try {
    const { file, notes } = parseDocuments(readYamlDocuments(text) as JsonValue[]);
    return { ok: true, file, notes };
  } catch (error) {
    return {
      ok: false,
      error: { message: error instanceof Error ? error.message : String(error) },
    };
  }
}
