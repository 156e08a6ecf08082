import { type ChangeEvent, useRef } from 'react';
import { importFile } from '../share/pageImport';

/** The file types the picker offers; any file can still be picked and is checked on import. */
const ACCEPT = '.yaml,.yml,.json,text/yaml,application/yaml,application/json';

/**
 * Opens a manifest file from the person's computer, through the same door as a dropped file or
 * pasted text: a file that cannot be imported changes nothing and says why; a file with several
 * workloads asks which one to open; the chosen workload replaces the design as one undo step, and
 * what the import could not model is listed after.
 */
export function ImportButton() {
  const input = useRef<HTMLInputElement>(null);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so that picking the same file again imports it again.
    event.target.value = '';
    if (file !== undefined) void importFile(file);
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
        onChange={onFile}
      />
    </>
  );
}
