import type { ParseOptions } from '../manifest/parse';
import { restoreManifest } from '../manifest/restore';
import type { ImportResult } from '../manifest/types';

/** Imports a manifest text for the command line, through the same door as the page. */
export function importText(text: string, options: ParseOptions = {}): ImportResult {
  return restoreManifest(text, options);
}
