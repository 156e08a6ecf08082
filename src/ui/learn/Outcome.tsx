import { useEffect, useRef } from 'react';
import type { CheckResult, Exercise } from '../../learn/types';

interface OutcomeProps {
  exercise: Exercise;
  /** The last checked answer; null before the first. */
  result: CheckResult | null;
}

/**
 * What checking an answer said: right or wrong with the reason (announced as it appears), then
 * why the answer is what it is and where that is documented.
 */
export function Outcome({ exercise, result }: OutcomeProps) {
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result !== null) outcome.current?.scrollIntoView({ block: 'nearest' });
  }, [result]);
  return (
    <div className="learn-outcome" ref={outcome}>
      <div role="status" className="learn-outcome__status">
        {result && (
          <p
            className={`learn-outcome__verdict learn-outcome__verdict--${result.correct ? 'right' : 'wrong'}`}
          >
            <strong className="learn-outcome__badge">
              <span aria-hidden="true">{result.correct ? '✓ ' : '✗ '}</span>
              {result.correct ? 'Right' : 'Wrong'}
            </strong>{' '}
            {result.feedback}
          </p>
        )}
      </div>
      {result && (
        <>
          <p className="learn-outcome__explanation">{exercise.explanation}</p>
          <p className="learn-outcome__source">
            Read more:{' '}
            <a href={exercise.source.url} target="_blank" rel="noreferrer">
              {exercise.source.section}
              <span className="visually-hidden"> (new tab)</span>
            </a>
          </p>
        </>
      )}
    </div>
  );
}
