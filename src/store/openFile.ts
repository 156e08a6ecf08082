import type { ImportNote, ManifestDocument, ManifestFile } from '../manifest/types';
import type { Design } from '../model/types';

/**
 * A manifest file open in the designer, all its documents in order, of which one workload is on
 * the canvas. Plain data: the workloads not on the canvas hold their latest edits in `file`; the
 * one on the canvas is the studio's design, written in its place on export and on a switch.
 */
export interface OpenDocument {
  /** The name of the imported file, as the person's computer gave it, or "Pasted text". */
  fileName: string;
  file: ManifestFile;
  /** Which workload of the file is being edited: an index into `workloadsOf(file)`. */
  workload: number;
  /** What the import could not model, guessed or left as a placeholder. */
  notes: readonly ImportNote[];
}

/** The workload's name as written in its metadata, or a stand-in when it has none. */
export function nameOf(design: Design): string {
  const name = design.metadata.name;
  return typeof name === 'string' && name !== '' ? name : '(unnamed)';
}

/**
 * The designs of a file, `kind: List` items included, in file order (as `designsOf` of the
 * manifest module, which this store does not load before it is needed).
 */
export function workloadsOf(file: ManifestFile): Design[] {
  const collect = (d: ManifestDocument): Design[] =>
    d.type === 'workload' ? [d.design] : d.type === 'list' ? d.items.flatMap(collect) : [];
  return file.documents.flatMap(collect);
}

/** "Kind name" for each workload of a file, in file order: what the person picks from. */
export function workloadChoices(file: ManifestFile): string[] {
  return workloadsOf(file).map((design) => `${design.kind} ${nameOf(design)}`);
}

/** `file` with its `index`-th workload (in the order of `designsOf`) replaced by `design`. */
export function withWorkload(file: ManifestFile, index: number, design: Design): ManifestFile {
  let seen = 0;
  const replace = (document: ManifestDocument): ManifestDocument => {
    switch (document.type) {
      case 'workload':
        return seen++ === index ? { type: 'workload', design } : document;
      case 'list':
        return { ...document, items: document.items.map(replace) };
      case 'other':
        return document;
    }
  };
  const documents = file.documents.map(replace);
  if (index < 0 || index >= seen) {
    throw new RangeError(`The file has no workload number ${index + 1}.`);
  }
  return { documents };
}

/**
 * Moving the canvas from the open workload to the `index`-th of the same file: the file with the
 * edited design kept in its place, and a fresh copy of the workload to edit next (a fresh object,
 * so that the design of every undo step keeps the file that went with it).
 */
export function switchedWorkload(
  open: OpenDocument,
  design: Design,
  index: number,
): { design: Design; open: OpenDocument } {
  const file = withWorkload(open.file, open.workload, design);
  const next = workloadsOf(file)[index];
  if (next === undefined) throw new RangeError(`The file has no workload number ${index + 1}.`);
  return { design: structuredClone(next), open: { ...open, file, workload: index } };
}

/** Every document of the open file, the design on the canvas in its place. */
export function wholeFile(open: OpenDocument, design: Design): ManifestFile {
  return withWorkload(open.file, open.workload, design);
}
