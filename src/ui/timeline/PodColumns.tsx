interface PodColumnsProps {
  status: string;
  ready: string;
}

/**
 * The READY and STATUS columns `kubectl get pod` would print at the event shown, so that a
 * person who knows the Pod only from kubectl can match what they see to the timeline.
 */
export function PodColumns({ status, ready }: PodColumnsProps) {
  return (
    <dl className="lifecycle__kubectl" aria-label="kubectl get pod">
      <div className="lifecycle__column">
        <dt>READY</dt>
        <dd>{ready}</dd>
      </div>
      <div className="lifecycle__column">
        <dt>STATUS</dt>
        <dd className={`lifecycle__status lifecycle__status--${statusTone(status)}`}>{status}</dd>
      </div>
    </dl>
  );
}

/** A colour family for a STATUS value: fine, on its way, stuck or failing, going away. */
export function statusTone(status: string): 'ok' | 'progress' | 'bad' | 'ending' {
  if (status === 'Running' || status === 'Completed') return 'ok';
  if (status === 'Terminating') return 'ending';
  if (/Error|BackOff|NotReady|ExitCode|Signal/.test(status)) return 'bad';
  return 'progress';
}
