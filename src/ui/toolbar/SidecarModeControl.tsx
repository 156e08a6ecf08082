import type { SidecarMode } from '../../model/types';
import { useStudio } from '../../store/studioStore';
import { lateModule } from '../components/lateModule';

/** The conversion between native and legacy sidecars, off the first paint (preloaded at idle). */
export const sidecarModeOps = lateModule(() => import('../../model/ops/sidecarMode'));

const MODES: ReadonlyArray<{ value: SidecarMode; label: string; title: string }> = [
  { value: 'native', label: 'Native', title: 'initContainers with restartPolicy: Always' },
  { value: 'legacy', label: 'Legacy', title: 'extra entries of containers' },
];

/** Where sidecars are written: native (Kubernetes 1.29+) or legacy placement. */
export function SidecarModeControl() {
  const mode = useStudio((state) => state.design.sidecarMode);
  const dispatch = useStudio((state) => state.dispatch);
  const choose = (value: SidecarMode) => {
    const apply = ({ setSidecarMode }: typeof import('../../model/ops/sidecarMode')) =>
      dispatch((d) => setSidecarMode(d, value));
    const ops = sidecarModeOps.loaded;
    if (ops) apply(ops);
    else void sidecarModeOps.preload().then(apply);
  };
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
              onChange={() => choose(m.value)}
            />
            <span>{m.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
