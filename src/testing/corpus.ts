import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared corpus of real manifests, beside the repository (or where SIDECAR_STUDIO_CORPUS says). */
export const CORPUS_DIR =
  process.env.SIDECAR_STUDIO_CORPUS ?? resolve(REPO_ROOT, '../shared/corpus');

/** Every manifest of the corpus, by path relative to the corpus folder, sorted. */
export function corpusFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (!entry.endsWith('.md')) files.push(relative(CORPUS_DIR, path));
    }
  };
  walk(CORPUS_DIR);
  return files.sort();
}

/** The text of a corpus file. */
export function readCorpusFile(name: string): string {
  return readFileSync(join(CORPUS_DIR, name), 'utf8');
}
