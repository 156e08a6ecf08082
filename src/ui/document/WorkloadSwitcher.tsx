import { useMemo } from 'react';
import { documentStore, type OpenDocument, workloadChoices } from '../../store/document';

/**
 * The "Workload" control: moves the canvas to another workload of the open file without
 * importing it again. The workload left keeps its edits; the switch is one undo step.
 */
export function WorkloadSwitcher({ open }: { open: OpenDocument }) {
  const choices = useMemo(() => workloadChoices(open.file), [open.file]);
  return (
    <label className="open-file__switch">
      <span>Workload</span>
      <select
        aria-label="Workload"
        value={open.workload}
        title={`${choices.length} workloads in ${open.fileName}; each keeps its edits`}
        onChange={(event) => documentStore.getState().switchWorkload(Number(event.target.value))}
      >
        {choices.map((choice, index) => (
          // The same kind and name may appear twice in one file, so the position names the item.
          // biome-ignore lint/suspicious/noArrayIndexKey: the position is the workload's identity
          <option key={index} value={index}>
            {choice}
          </option>
        ))}
      </select>
    </label>
  );
}
