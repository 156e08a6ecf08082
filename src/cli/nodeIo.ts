import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './io';

/** The command line's reads and writes on this machine, relative to `cwd`. */
export function nodeIo(cwd: string): CliIo {
  let stdin: string | undefined;
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readFile: (path) => {
      if (path !== '-') return readFileSync(resolve(cwd, path), 'utf8');
      stdin ??= readFileSync(0, 'utf8');
      return stdin;
    },
    readFolder: (path) => {
      const absolute = resolve(cwd, path);
      return path !== '-' && existsSync(absolute) && statSync(absolute).isDirectory()
        ? readdirSync(absolute)
        : undefined;
    },
    cwd,
    version: installedVersion(),
  };
}

/**
 * The version in the package.json above this module: the installed package's own, or the
 * repository's when run from a clone (both are named sidecar-studio).
 */
function installedVersion(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const manifest = JSON.parse(readFileSync(candidate, 'utf8')) as {
          name?: unknown;
          version?: unknown;
        };
        if (manifest.name === 'sidecar-studio' && typeof manifest.version === 'string') {
          return manifest.version;
        }
      } catch {
        // Not readable as JSON: keep looking upward.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
