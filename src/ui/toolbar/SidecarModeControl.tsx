import { setSidecarMode } from '../../model/ops';
import type { SidecarMode } from '../../model/types';
import { useStudio } from '../../store/studioStore';

const MODES: ReadonlyArray<{ value: SidecarMode; label: string; title: string }> = [
  { value: 'native', label: 'Native', title: 'initContainers with restartPolicy: Always' },
  { value: 'legacy', label: 'Legacy', title: 'extra entries of containers' },
];

/** Where sidecars are written: native (Kubernetes 1.29+) or legacy placement. */
export function SidecarModeControl() {
  const mode = useStudio((state) => state.design.sidecarMode);
  const dispatch = useStudio((state) => state.dispatch);
  return (
    <div className="toolbar__field">
      <span className="toolbar__label" id="sidecar-mode-label">
        Sidecar mode
      </span>
      <div className="segmented" role="radiogroup" aria-labelledby="sidecar-mode-label">
        {MODES.map((m) => (
          <label key={m.value} className="segmented__option" title={m.title}>
            <input
              type="radio"
              name="sidecar-mode"
              value={m.value}
              checked={mode === m.value}
              onChange={() => dispatch((d) => setSidecarMode(d, m.value))}
            />
            <span>{m.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
