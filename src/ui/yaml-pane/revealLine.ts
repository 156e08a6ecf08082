import { lineOfPath, locateLines } from '../../manifest/yaml/locate';

/**
 * The 1-based line of `text` (the manifest shown) that the field `path` is on, or that of its
 * nearest written ancestor; undefined when the text is not YAML or holds no such place.
 */
export function lineOfField(text: string, path: string): number | undefined {
  try {
    return lineOfPath(locateLines(text)[0], path);
  } catch {
    return undefined;
  }
}
