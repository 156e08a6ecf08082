import { SUPPORTED_TARGETS, setTarget } from '../../model/ops';
import { useStudio } from '../../store/studioStore';

/** The Kubernetes version the design is checked against. */
export function VersionSelect() {
  const target = useStudio((state) => state.design.target);
  const dispatch = useStudio((state) => state.dispatch);
  const versions = SUPPORTED_TARGETS.includes(target)
    ? SUPPORTED_TARGETS
    : [...SUPPORTED_TARGETS, target];
  return (
    <div className="toolbar__field">
      <label className="toolbar__label" htmlFor="kubernetes-version">
        Kubernetes version
      </label>
      <select
        id="kubernetes-version"
        value={target}
        onChange={(e) => {
          const version = e.target.value;
          dispatch((d) => setTarget(d, version));
        }}
      >
        {versions.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
}
