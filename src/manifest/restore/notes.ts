import { isJsonObject, type JsonObject, type JsonValue } from '../../model/json';
import { WORKLOAD_KINDS } from '../../model/types';
import type { ImportNote } from '../types';
import { formatPath, type PathSegment } from './path';

/** Finds the 1-based line of a path in a document, when it can. */
export type LineOf = (document: number, path: readonly PathSegment[]) => number | undefined;

/** `<YOUR-NAME>`, `<PROJECT_ID>`: angle brackets around upper-case letters, digits, '-' and '_'. */
const PLACEHOLDER = /<(?=[A-Z0-9_-]*[A-Z])[A-Z0-9_-]+>/g;

/** Where a pod spec may sit: CronJob, then every controller with a template, then a Pod. */
const POD_SPEC_PATHS: readonly (readonly string[])[] = [
  ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  ['spec', 'template', 'spec'],
  ['spec'],
];

/** The kinds the designer models, and `List`, which holds documents. */
const MODELLED_KINDS: ReadonlySet<string> = new Set<string>([...WORKLOAD_KINDS, 'List']);

function at(value: JsonValue, path: readonly string[]): JsonValue | undefined {
  let here: JsonValue | undefined = value;
  for (const key of path) here = isJsonObject(here) ? here[key] : undefined;
  return here;
}

/** The path of the pod spec of a document that carries one (with a `containers` list). */
function podSpecPath(document: JsonObject): readonly string[] | null {
  return (
    POD_SPEC_PATHS.find((path) => Array.isArray(at(document, [...path, 'containers']))) ?? null
  );
}

function* strings(value: JsonValue, path: PathSegment[]): Generator<[string, PathSegment[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* strings(value[i] ?? null, [...path, i]);
  } else if (isJsonObject(value)) {
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
  }
}

/**
 * Notes about the workloads of a file (including the items of `kind: List`): kinds the designer
 * does not model that carry a pod template, placeholders left in strings, and containers without
 * an image. At most `limit` notes; beyond that, one note says how many more there were.
 */
export function workloadNotes(
  documents: readonly JsonValue[],
  lineOf: LineOf,
  limit = 200,
): ImportNote[] {
  const notes: ImportNote[] = [];
  let more = 0;
  const add = (
    document: number,
    level: ImportNote['level'],
    message: string,
    path: PathSegment[],
  ) => {
    if (notes.length >= limit) more++;
    else notes.push({ level, message, document, ...optionalLine(lineOf(document, path)) });
  };

  const visit = (value: JsonValue, document: number, base: PathSegment[]) => {
    if (!isJsonObject(value)) return;
    const kind = typeof value.kind === 'string' ? value.kind : undefined;
    if (kind === 'List' && Array.isArray(value.items)) {
      for (const [i, item] of value.items.entries()) visit(item, document, [...base, 'items', i]);
      return;
    }
    const specPath = podSpecPath(value);
    const modelled = kind !== undefined && MODELLED_KINDS.has(kind);
    if (!modelled && specPath === null) return;
    const name = at(value, ['metadata', 'name']);
    const label = `${kind ?? 'This document'}${typeof name === 'string' ? ` "${name}"` : ''}`;
    if (!modelled && kind !== undefined) {
      const message = `${label} is kept as it is: Sidecar Studio does not model this kind.`;
      add(document, 'info', message, [...base, 'kind']);
    }
    if (specPath !== null) {
      for (const list of ['initContainers', 'containers']) {
        const containers = at(value, [...specPath, list]);
        if (!Array.isArray(containers)) continue;
        containers.forEach((container, i) => {
          if (!isJsonObject(container)) return;
          const image = container.image;
          if (typeof image === 'string' && image.trim() !== '') return;
          const who =
            typeof container.name === 'string' ? `Container "${container.name}"` : `${list}[${i}]`;
          const message = `${who} in ${label} has no image; set one before you apply the manifest.`;
          add(document, 'warning', message, [...base, ...specPath, list, i]);
        });
      }
    }
    for (const [text, path] of strings(value, [])) {
      const found = text.match(PLACEHOLDER);
      if (found === null) continue;
      const what = [...new Set(found)].join(', ');
      const field = formatPath(path);
      const message = `${label}: ${field} holds the placeholder ${what}; replace it before you apply the manifest.`;
      add(document, 'warning', message, [...base, ...path]);
    }
  };

  for (const [i, document] of documents.entries()) visit(document, i, []);
  // Array.prototype.sort is stable: notes on one line keep the order they were found in.
  notes.sort((a, b) => (a.document ?? 0) - (b.document ?? 0) || lineKey(a) - lineKey(b));
  if (more > 0) {
    notes.push({ level: 'info', message: `…and ${more} more notes like these.` });
  }
  return notes;
}

function lineKey(note: ImportNote): number {
  return note.line ?? Number.MAX_SAFE_INTEGER;
}

/** `{ line }` when the line is known, `{}` otherwise (optional fields stay absent, not undefined). */
export function optionalLine(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}
