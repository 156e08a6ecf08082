import { type ChangeEvent, useRef, useState } from 'react';
import type { ImportNote } from '../../manifest/types';
import {
  documentStore,
  type ImportOutcome,
  importPickedFile,
  openedWorkload,
} from '../../store/document';
import { useStudio } from '../../store/studioStore';
import { ImportNotesDialog } from '../document/ImportNotesDialog';
import { WorkloadPickerDialog } from '../document/WorkloadPickerDialog';

const NOTICE_ID = 'import';

/** The file types the picker offers; any file can still be picked and is checked on import. */
const ACCEPT = '.yaml,.yml,.json,text/yaml,application/yaml,application/json';

type Imported = Extract<ImportOutcome, { ok: true }>;

/**
 * Opens a manifest file from the person's computer. A file that cannot be imported changes
 * nothing and says why; a file with several workloads asks which one to open; the chosen workload
 * replaces the design as one undo step, and what the import could not model is listed after.
 */
export function ImportButton() {
  const showNotice = useStudio((state) => state.showNotice);
  const dismissNotice = useStudio((state) => state.dismissNotice);
  const input = useRef<HTMLInputElement>(null);
  const [choosing, setChoosing] = useState<{ fileName: string; outcome: Imported } | null>(null);
  const [notes, setNotes] = useState<{ fileName: string; notes: readonly ImportNote[] } | null>(
    null,
  );

  const open = (fileName: string, outcome: Imported, index: number) => {
    setChoosing(null);
    const { design, open } = openedWorkload(fileName, outcome, index);
    documentStore.getState().openDesign(design, open, `Import ${fileName}`);
    dismissNotice(NOTICE_ID);
    if (outcome.notes.length > 0) setNotes({ fileName, notes: outcome.notes });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so that picking the same file again imports it again.
    event.target.value = '';
    if (file === undefined) return;
    let outcome: ImportOutcome;
    try {
      outcome = await importPickedFile(file);
    } catch {
      outcome = {
        ok: false,
        message: `${file.name} could not be imported, and nothing was changed: the page could not load its import code. Reload the page and try again.`,
      };
    }
    if (!outcome.ok) {
      showNotice({ id: NOTICE_ID, tone: 'error', message: outcome.message });
      return;
    }
    if (outcome.choices.length === 1) open(file.name, outcome, 0);
    else setChoosing({ fileName: file.name, outcome });
  };

  return (
    <>
      <button
        type="button"
        className="button"
        title="Open a Kubernetes manifest (.yaml, .yml or .json) from your computer"
        onClick={() => input.current?.click()}
      >
        Import
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => void onFile(event)}
      />
      <WorkloadPickerDialog
        fileName={choosing?.fileName ?? null}
        choices={choosing?.outcome.choices ?? []}
        onPick={(index) => choosing && open(choosing.fileName, choosing.outcome, index)}
        onCancel={() => setChoosing(null)}
      />
      <ImportNotesDialog
        open={notes !== null}
        fileName={notes?.fileName ?? ''}
        notes={notes?.notes ?? []}
        onClose={() => setNotes(null)}
      />
    </>
  );
}
