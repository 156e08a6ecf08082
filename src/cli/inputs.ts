import { join, relative, resolve, sep } from 'node:path';
import type { CliConfig } from './config';
import { matchingPattern } from './glob';
import type { CliIo } from './io';

/** A file to read: named on the command line, or found in a folder named there. */
export interface InputFile {
  path: string;
  /** True when found by walking a folder, false when named (or `-`, standard input). */
  found: boolean;
}

/** A file or folder left out, and why, for a note to the person. */
export interface SkippedInput {
  path: string;
  reason: string;
}

export interface Inputs {
  files: InputFile[];
  skipped: SkippedInput[];
}

/** The extensions read in a folder. */
const MANIFEST_FILE = /\.(ya?ml|json)$/i;
/** Folders never walked: hidden ones (.git, .github) and installed packages. */
const SKIPPED_FOLDER = /^(\..+|node_modules)$/;

/**
 * The files behind the paths typed: files and `-` as they are, folders walked recursively
 * (`*.yaml`, `*.yml`, `*.json`, in name order), minus what the configuration ignores.
 */
export function collectInputs(paths: readonly string[], io: CliIo, config: CliConfig): Inputs {
  const inputs: Inputs = { files: [], skipped: [] };
  const ignoredBy = (path: string) => ignoreReason(path, io, config);
  const visit = (path: string, found: boolean) => {
    const ignored = path === '-' ? undefined : ignoredBy(path);
    if (ignored) {
      inputs.skipped.push({ path, reason: ignored });
      return;
    }
    const entries = path === '-' ? undefined : io.readFolder?.(path);
    if (entries === undefined) {
      inputs.files.push({ path, found });
      return;
    }
    for (const entry of [...entries].sort()) {
      const child = join(path, entry);
      const isFolder = io.readFolder?.(child) !== undefined;
      if (isFolder ? !SKIPPED_FOLDER.test(entry) : MANIFEST_FILE.test(entry)) visit(child, true);
    }
  };
  for (const path of paths) visit(path, false);
  return inputs;
}

function ignoreReason(path: string, io: CliIo, config: CliConfig): string | undefined {
  if (config.ignore.length === 0) return undefined;
  const fromConfig = relative(config.folder, resolve(io.cwd ?? '.', path))
    .split(sep)
    .join('/');
  if (fromConfig === '' || fromConfig.startsWith('../')) return undefined;
  const pattern = matchingPattern(fromConfig, config.ignore);
  return pattern ? `ignored by ${config.path ?? 'the configuration'} (${pattern.text})` : undefined;
}
