import { join, relative, resolve, sep } from 'node:path';
import type { DesignOverrides } from '../manifest/overrides';
import type { CliConfig } from './config';
import { matchingPattern } from './glob';
import type { CliIo } from './io';
import { type LoadedWorkload, type LoadResult, loadWorkloads } from './load';

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

/**
 * The workloads of the file, folder or `-` at `path`, for commands that read one input: a
 * folder is walked as lint walks it, templates and files without a `kind:` key found there are
 * passed over (templates with a note on standard error); the first file that cannot be read
 * stops it with its message.
 */
export function loadInputWorkloads(
  path: string,
  io: CliIo,
  overrides: DesignOverrides,
): LoadResult {
  const files = collectInputs([path], io, { folder: io.cwd ?? '.', rules: {}, ignore: [] }).files;
  const workloads: LoadedWorkload[] = [];
  for (const file of files) {
    if (file.found && !holdsKind(file.path, io)) continue;
    const loaded = loadWorkloads(file.path, io, overrides);
    if (loaded.ok) workloads.push(...loaded.workloads);
    else if (file.found && loaded.template) io.err(`${loaded.message} Skipped.\n`);
    else return loaded;
  }
  return { ok: true, workloads };
}

/**
 * False for a file without a `kind` key: no Kubernetes object (package.json, tsconfig.json
 * with comments, CI and compose files, Chart.yaml). A file that cannot be read counts as
 * holding one, so that it is reported.
 */
export function holdsKind(path: string, io: CliIo): boolean {
  let text: string;
  try {
    text = io.readFile(path);
  } catch {
    return true;
  }
  return /\bkind["']?\s*:/.test(text);
}
