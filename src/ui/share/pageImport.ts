import { createStore } from 'zustand/vanilla';
import type { ImportNote } from '../../manifest/types';
import {
  documentStore,
  type ImportOutcome,
  importPickedFile,
  openedWorkload,
  type PickedFile,
  readImport,
} from '../../store/document';
import { studioStore } from '../../store/studioStore';

/** The id of the notices about imported, dropped and pasted manifests. */
export const IMPORT_NOTICE_ID = 'import';

/** What pasted text is called in messages and in the header. */
export const PASTED_NAME = 'Pasted text';

type Imported = Extract<ImportOutcome, { ok: true }>;

export interface PageImportState {
  /** True while a file is dragged over the page. */
  dragging: boolean;
  /**
   * Pasted text arrived while a file is open: it waits for the person to choose between
   * replacing the open file (`openName`) and opening the text as a new file.
   */
  placing: { openName: string; outcome: Imported } | null;
  /** A file with several workloads, waiting for the person to pick one. */
  choosing: { fileName: string; outcome: Imported } | null;
  /** What the last import could not model, while its dialog is open. */
  notes: { fileName: string; notes: readonly ImportNote[] } | null;
}

/**
 * The state of importing: by the Import button, by dropping a file on the page, or by pasting a
 * manifest (into the editor or anywhere else). All of them go through this one door.
 */
export const pageImportStore = createStore<PageImportState>()(() => ({
  dragging: false,
  placing: null,
  choosing: null,
  notes: null,
}));

/** Opens the `index`-th workload of an import as one undo step, then lists its notes. */
export function openImported(fileName: string, outcome: Imported, index: number): void {
  pageImportStore.setState({ choosing: null });
  const { design, open } = openedWorkload(fileName, outcome, index);
  documentStore.getState().openDesign(design, open, `Import ${fileName}`);
  studioStore.getState().dismissNotice(IMPORT_NOTICE_ID);
  if (outcome.notes.length > 0)
    pageImportStore.setState({ notes: { fileName, notes: outcome.notes } });
}

/** Opens an import under `fileName`: at once for one workload, else after the person picks. */
function openAs(fileName: string, outcome: Imported): void {
  pageImportStore.setState({ placing: null });
  if (outcome.choices.length === 1) openImported(fileName, outcome, 0);
  else pageImportStore.setState({ choosing: { fileName, outcome } });
}

/** The person chose where pasted text goes: in place of the open file, or as a new file. */
export function placePasted(where: 'replace' | 'new'): void {
  const { placing } = pageImportStore.getState();
  if (placing === null) return;
  openAs(where === 'replace' ? placing.openName : PASTED_NAME, placing.outcome);
}

function settle(fileName: string, outcome: ImportOutcome, pasted: boolean): void {
  if (!outcome.ok) {
    studioStore
      .getState()
      .showNotice({ id: IMPORT_NOTICE_ID, tone: 'error', message: outcome.message });
    return;
  }
  const { open } = documentStore.getState();
  if (pasted && open !== null) {
    pageImportStore.setState({ placing: { openName: open.fileName, outcome } });
    return;
  }
  openAs(fileName, outcome);
}

function unloadable(fileName: string): ImportOutcome {
  return {
    ok: false,
    message: `${fileName} could not be imported, and nothing was changed: the page could not load its import code. Reload the page and try again.`,
  };
}

/** Imports a picked, dropped or pasted file. */
export async function importFile(file: PickedFile): Promise<void> {
  let outcome: ImportOutcome;
  try {
    outcome = await importPickedFile(file);
  } catch {
    outcome = unloadable(file.name);
  }
  settle(file.name, outcome, false);
}

/**
 * Imports pasted text, as the Import button imports a file. While a file is open, the person
 * first chooses between replacing it and opening the text as a new file: nothing is merged.
 */
export async function importText(text: string): Promise<void> {
  let outcome: ImportOutcome;
  try {
    outcome = await readImport(PASTED_NAME, text);
  } catch {
    outcome = unloadable(PASTED_NAME);
  }
  settle(PASTED_NAME, outcome, true);
}
