import { hasHeader, readHeader } from '../manifest/header';
import { applyOverrides, type DesignOverrides } from '../manifest/overrides';
import { restoreManifest } from '../manifest/restore';
import { designsOf, workloadLocations } from '../manifest/workloads';
import { type DocumentLines, lineOfPath, locateLines } from '../manifest/yaml/locate';
import { readYamlDocuments } from '../manifest/yaml/read';
import type { Design } from '../model/types';
import { type CliIo, STDIN_NAME } from './io';

/** One workload of a file, ready for lint or timeline. */
export interface LoadedWorkload {
  file: string;
  /** 0-based index of its document in the file. */
  document: number;
  design: Design;
  /** The 1-based line of a manifest field path (e.g. from a finding), when the file has it. */
  lineOf(path: string): number | undefined;
}

export type LoadResult =
  | { ok: true; workloads: LoadedWorkload[] }
  | {
      ok: false;
      /** The whole sentence, starting with the file and position. */
      message: string;
      /** The sentence without the file and position. */
      reason: string;
      line?: number;
      column?: number;
      /** Set when the file is a Helm or Go template, to be rendered first. */
      template?: true;
    };

/**
 * Reads a file (`-`: standard input) and returns its workloads with their design context: the file's own
 * `sidecar.studio/design` annotation or `# @` header (sidecar-rules.md §9.0), then the
 * command line's overrides on top.
 */
export function loadWorkloads(path: string, io: CliIo, overrides: DesignOverrides): LoadResult {
  const name = path === '-' ? STDIN_NAME : path;
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    const reason = `cannot be read (${error instanceof Error ? error.message : String(error)})`;
    return { ok: false, message: `${name}: ${reason}`, reason };
  }
  const headed = hasHeader(text);
  const result = restoreManifest(text, { guess: !headed });
  if (!result.ok) {
    const { line, column, message: reason, template } = result.error;
    const where = line ? `:${line}:${column ?? 1}` : '';
    return {
      ok: false,
      message: `${name}${where}: ${reason}`,
      reason,
      ...(line ? { line, column: column ?? 1 } : {}),
      ...(template ? { template } : {}),
    };
  }
  const header = headed ? readHeader(text) : undefined;
  const context: DesignOverrides = header
    ? {
        target: header.target,
        kind: header.kind,
        roles: header.roles,
        purposes: header.purposes,
        links: header.links,
      }
    : {};
  const locations = workloadLocations(readYamlDocuments(text));
  let lines: DocumentLines[] = [];
  try {
    lines = locateLines(text);
  } catch {
    // Lines are a convenience; the lenient reader may accept text the locator does not.
  }
  const workloads = designsOf(result.file).map((design, i): LoadedWorkload => {
    const location = locations[i] ?? { document: 0, prefix: '' };
    const documentLines = lines[location.document];
    return {
      file: name,
      document: location.document,
      design: applyOverrides(applyOverrides(design, context), overrides),
      lineOf: (fieldPath) => lineOfPath(documentLines, `${location.prefix}${fieldPath}`),
    };
  });
  return { ok: true, workloads };
}
