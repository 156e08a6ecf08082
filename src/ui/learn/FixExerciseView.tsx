import type { FixThisPodExercise } from '../../learn/types';
import { closeDialog, useLearning } from './learningState';

interface FixExerciseViewProps {
  exercise: FixThisPodExercise;
  /** Puts the exercise's broken design on the canvas. */
  onStart: (exercise: FixThisPodExercise) => void;
}

/**
 * A broken pod to repair on the canvas: what lint reports about it, and the way in. The check
 * happens on the canvas, in the exercise bar.
 */
export function FixExerciseView({ exercise, onStart }: FixExerciseViewProps) {
  const onCanvas = useLearning((state) => state.mode?.exerciseId === exercise.id);
  return (
    <div className="fix-exercise">
      <p className="learn-help">
        Lint reports{' '}
        {exercise.rules.map((rule, i) => (
          <span key={rule}>
            {i > 0 && (i === exercise.rules.length - 1 ? ' and ' : ', ')}
            <code>{rule}</code>
          </span>
        ))}{' '}
        for this pod. Any valid change that clears {exercise.rules.length > 1 ? 'them' : 'it'}{' '}
        counts; keep every container.
      </p>
      {onCanvas ? (
        <>
          <p>This exercise is on the canvas now. Change the design, then choose “Check my fix”.</p>
          <div className="learn-actions">
            <button type="button" className="button button--primary" onClick={closeDialog}>
              Go to the canvas
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            The broken pod replaces your design on the canvas while you work on it. Your design is
            kept: “Back to my design” brings it back.
          </p>
          <div className="learn-actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => onStart(exercise)}
            >
              Open on the canvas
            </button>
          </div>
        </>
      )}
    </div>
  );
}
