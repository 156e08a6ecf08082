import { setWorkloadKind } from '../../model/ops';
import type { WorkloadKind } from '../../model/types';
import { useStudio } from '../../store/studioStore';

/** The kinds offered when designing; an imported ReplicaSet stays selectable as it is. */
const KINDS: readonly WorkloadKind[] = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
];

/** The kind of workload that runs the pod. */
export function KindSelect() {
  const kind = useStudio((state) => state.design.kind);
  const dispatch = useStudio((state) => state.dispatch);
  const kinds = KINDS.includes(kind) ? KINDS : [...KINDS, kind];
  return (
    <div className="toolbar__field">
      <label className="toolbar__label" htmlFor="workload-kind">
        Workload kind
      </label>
      <select
        id="workload-kind"
        value={kind}
        onChange={(e) => {
          const next = e.target.value as WorkloadKind;
          dispatch((d) => setWorkloadKind(d, next));
        }}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
    </div>
  );
}
