import { lazy, Suspense, useState } from 'react';

// The simulation behind an explanation loads the first time a person asks for one.
const ExplainDialog = lazy(() =>
  import('./ExplainDialog').then((module) => ({ default: module.ExplainDialog })),
);

interface ExplainButtonProps {
  /** The container to explain; without one, the whole Pod. */
  container?: string;
  /** What the button is about for a screen reader, e.g. a rule id; defaults to the container. */
  about?: string;
  className?: string;
}

/**
 * "Explain": opens a dialog saying in plain words what Kubernetes does with a container (where it
 * starts, what waits for it, how it stops and restarts) or with the whole Pod.
 */
export function ExplainButton({ container, about, className = 'button' }: ExplainButtonProps) {
  // The subject is kept as it was when the dialog opened, even if the button's changes meanwhile.
  const [shown, setShown] = useState<{ container?: string } | null>(null);
  const subject = about ?? container ?? 'the Pod';
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => setShown(container === undefined ? {} : { container })}
      >
        Explain<span className="visually-hidden"> {subject}</span>
      </button>
      {shown !== null && (
        <Suspense fallback={null}>
          <ExplainDialog {...shown} onClose={() => setShown(null)} />
        </Suspense>
      )}
    </>
  );
}
