import { introducedFindings } from '../lint/introduced';
import { generateManifest } from '../manifest/generate';
import { applyOverrides, applyOverridesToFile, type DesignOverrides } from '../manifest/overrides';
import { restoreManifest } from '../manifest/restore';
import type { ManifestFile } from '../manifest/types';
import { designsOf } from '../manifest/workloads';
import { convertSidecarMode } from '../model/ops/sidecarMode';
import type { SidecarMode } from '../model/types';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import type { CliIo } from './io';

/**
 * What moving the sidecars did, on stderr: where a sidecar was placed to keep the pod working (or
 * that no order does), and every finding the converted design has that the file had not.
 */
function reportConversion(
  path: string,
  file: ManifestFile,
  overrides: DesignOverrides,
  io: CliIo,
): void {
  const mode = overrides.mode as SidecarMode;
  for (const design of designsOf(file)) {
    const before = applyOverrides(design, { ...overrides, mode: undefined });
    const converted = convertSidecarMode(before, mode);
    const name = typeof design.metadata.name === 'string' ? design.metadata.name : design.kind;
    for (const note of converted.notes) io.err(`${path}: ${design.kind} "${name}": ${note}\n`);
    for (const f of introducedFindings(before, converted.design)) {
      io.err(
        `${path}: ${design.kind} "${name}": ${f.severity} introduced by --mode ${mode}: ${f.rule}: ${f.message}\n`,
      );
    }
  }
}

/**
 * `export FILE [--mode native|legacy] [--target X.Y] [--role NAME=ROLE]...`: imports the file and
 * writes the YAML the designer would export (all documents, in order) to stdout.
 */
export function runExport(args: ParsedArgs, io: CliIo): number {
  if (args.files.length !== 1) throw new UsageError('export takes exactly one FILE.');
  const path = args.files[0] as string;
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    io.err(`${path}: cannot be read (${error instanceof Error ? error.message : String(error)})\n`);
    return 2;
  }
  const result = restoreManifest(text);
  if (!result.ok) {
    const where = result.error.line ? `:${result.error.line}:${result.error.column ?? 1}` : '';
    io.err(`${path}${where}: ${result.error.message}\n`);
    return 2;
  }
  // Like lint's text output, a warning says where by line; documents are never numbered in
  // text (the JSON outputs number them from 0, as field paths do).
  for (const note of result.notes) {
    if (note.level !== 'warning') continue;
    const where = note.line === undefined ? '' : `:${note.line}`;
    io.err(`${path}${where}: warning: ${note.message}\n`);
  }
  if (args.overrides.mode) reportConversion(path, result.file, args.overrides, io);
  io.out(generateManifest(applyOverridesToFile(result.file, args.overrides)));
  return 0;
}
