import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { MAX_TEXT_LENGTH, tooLargeMessage } from '../manifest/restore/limits';
import type { ImportError, ImportNote, ManifestFile } from '../manifest/types';
import type { Design } from '../model/types';
import type { FileSlot } from '../persist/browser/autosave';
import {
  type OpenDocument,
  switchedWorkload,
  withWorkload,
  workloadChoices,
  workloadsOf,
} from './openFile';
import { type StudioState, studioStore } from './studioStore';

export type { OpenDocument } from './openFile';
export { nameOf, wholeFile, withWorkload, workloadChoices, workloadsOf } from './openFile';

export interface DocumentState {
  /** The file the current design belongs to; `null` when the design stands alone. */
  open: OpenDocument | null;
  /** Write the `sidecar.studio/design` annotation on export (on unless the person turns it off). */
  annotate: boolean;
  setAnnotate: (annotate: boolean) => void;
  /**
   * Replaces the design with `design` as one undo step labelled `label`, and makes `open` the
   * file it belongs to (`null` for a design that stands alone: a new design, the example). Undo
   * and redo bring back the file that went with each design.
   */
  openDesign: (design: Design, open: OpenDocument | null, label: string) => void;
  /**
   * Puts the `index`-th workload of the open file on the canvas, as one undo step; the workload
   * left keeps its edits in the file. Nothing happens without an open file or for the workload
   * already shown.
   */
  switchWorkload: (index: number) => void;
}

/**
 * The YAML the designer exports: every document of the open file in order with the edited
 * workload in its place, or the design alone when no file is open. The manifest writer is loaded
 * on first use, so that the page's first paint does without it.
 */
export async function exportText(
  design: Design,
  open: OpenDocument | null,
  options: { annotate: boolean },
): Promise<string> {
  const { generateDesignYaml, generateManifest } = await import('../manifest/generate/index');
  if (open === null) return generateDesignYaml(design, options);
  return generateManifest(withWorkload(open.file, open.workload, design), options);
}

/** A file name for the export: the workload's name, made safe for any file system, then `.yaml`. */
export function exportFileName(design: Design): string {
  const name = typeof design.metadata.name === 'string' ? design.metadata.name : '';
  const safe = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 120);
  return `${safe === '' ? 'workload' : safe}.yaml`;
}

/** What importing a file's text gave: a sentence saying why not, or the file and its workloads. */
export type ImportOutcome =
  | { ok: false; message: string }
  | { ok: true; file: ManifestFile; notes: readonly ImportNote[]; choices: string[] };

/** Why `fileName` could not be imported, with the line and column when the problem has them. */
export function importErrorMessage(fileName: string, error: ImportError): string {
  const message = error.message.trim();
  const positioned = error.line !== undefined && !message.includes(`line ${error.line}`);
  const where = positioned
    ? ` (line ${error.line}${error.column === undefined ? '' : `, column ${error.column}`})`
    : '';
  return `${fileName} could not be imported, and nothing was changed. ${message}${where}`;
}

/**
 * Reads an imported file's text through the one door for untrusted text, loaded on first use.
 * Rejects only when that code cannot be loaded.
 */
export async function readImport(fileName: string, text: string): Promise<ImportOutcome> {
  const { restoreManifest } = await import('../manifest/restore/index');
  const result = restoreManifest(text);
  if (!result.ok) return { ok: false, message: importErrorMessage(fileName, result.error) };
  const choices = workloadChoices(result.file);
  if (choices.length === 0) {
    return {
      ok: false,
      message: `${fileName} holds no workload with a pod (such as a Pod, Deployment, StatefulSet, DaemonSet, Job or CronJob), so there is nothing to design; nothing was changed.`,
    };
  }
  return { ok: true, file: result.file, notes: result.notes, choices };
}

/** A file the person picked: what the page needs of a browser `File`. */
export interface PickedFile {
  name: string;
  /** In bytes. */
  size: number;
  text: () => Promise<string>;
}

/**
 * Reads a picked file and imports it. A file too large to ever pass the import door (more bytes
 * than three times its limit in characters) is refused before it is read. Rejects only when the
 * import code cannot be loaded.
 */
export async function importPickedFile(file: PickedFile): Promise<ImportOutcome> {
  if (file.size > 3 * MAX_TEXT_LENGTH) {
    return {
      ok: false,
      message: importErrorMessage(file.name, { message: tooLargeMessage(file.size) }),
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return {
      ok: false,
      message: `${file.name} could not be read, and nothing was changed. Check that the file is still there and readable, then try again.`,
    };
  }
  return readImport(file.name, text);
}

/** The design of the `workload`-th workload of an imported file, and the open file it belongs to. */
export function openedWorkload(
  fileName: string,
  outcome: Extract<ImportOutcome, { ok: true }>,
  workload: number,
): { design: Design; open: OpenDocument } {
  const design = workloadsOf(outcome.file)[workload];
  if (design === undefined)
    throw new RangeError(`The file has no workload number ${workload + 1}.`);
  return { design, open: { fileName, file: outcome.file, workload, notes: outcome.notes } };
}

/**
 * The document store of `studio`. Every design the studio holds is linked to the file it belongs
 * to: a design made by an edit belongs to the file of the design it was made from, a design
 * opened by `openDesign` to the file given there, and a design loaded with a fresh history (saved
 * work opened at start) to no file. Designs are never mutated, so undo and redo find each
 * earlier design's file again.
 */
export function createDocumentStore(
  studio: StoreApi<StudioState> = studioStore,
): StoreApi<DocumentState> {
  const fileOf = new WeakMap<Design, OpenDocument | null>();
  fileOf.set(studio.getState().design, null);

  const store = createStore<DocumentState>()((set) => ({
    open: null,
    annotate: true,
    setAnnotate: (annotate) => set({ annotate }),
    openDesign: (design, open, label) => {
      fileOf.set(design, open);
      if (studio.getState().design === design) set({ open });
      else studio.getState().replaceDesign(design, { label });
    },
    switchWorkload: (index) => {
      const { open, openDesign } = store.getState();
      if (open === null || index === open.workload) return;
      const next = switchedWorkload(open, studio.getState().design, index);
      const label = workloadChoices(next.open.file)[index] ?? `workload ${index + 1}`;
      openDesign(next.design, next.open, `Switch to ${label}`);
    },
  }));

  studio.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    let open = fileOf.get(state.design);
    if (open === undefined) {
      // A design loaded with a fresh history (saved work opened at start) belongs to no file;
      // any other new design, undoable or not (an automatic layout, an edit arriving from a live
      // session), stays with the file of the design it came from.
      const loaded =
        state.history !== previous.history &&
        state.history.past.length === 0 &&
        state.history.future.length === 0;
      open = loaded ? null : (fileOf.get(previous.design) ?? null);
      fileOf.set(state.design, open);
    }
    if (store.getState().open !== open) store.setState({ open });
  });

  return store;
}

/**
 * The open file of `store` as autosave sees it: saved with the design, and put back with it on
 * reload or when another tab's newer save is loaded.
 */
export function fileSlotOf(store: StoreApi<DocumentState>): FileSlot {
  return {
    current: () => store.getState().open,
    open: (design, file, label) => store.getState().openDesign(design, file, label),
    subscribe: (listener) =>
      store.subscribe((state, previous) => {
        if (state.open !== previous.open) listener();
      }),
  };
}

/** The document store of the page. */
export const documentStore = createDocumentStore();

/** Reads a slice of the page's document store and re-renders when it changes. */
export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(documentStore, selector);
}
