import { useEffect, useRef, useState } from 'react';
import {
  EXERCISES,
  type Exercise,
  type ExerciseType,
  exerciseById,
  type FixThisPodExercise,
} from '../../learn/index';
import {
  browserStorage,
  type LoadedProgress,
  loadLearnProgress,
  saveAttempt,
} from '../../persist/browser/learnProgress';
import { doneCount, isDone, type LearnProgress } from '../../persist/learnProgress';
import { DefaultContainerExerciseView } from './DefaultContainerExerciseView';
import { FixExerciseView } from './FixExerciseView';
import { openLearn, useLearning } from './learningState';
import { OrderExerciseView } from './OrderExerciseView';
import { PlacementExerciseView } from './PlacementExerciseView';
import './learn.css';

/** What each type of exercise is called in the list. */
export const TYPE_LABELS: Record<ExerciseType, string> = {
  'predict-start': 'Start order',
  'predict-stop': 'Stop order',
  'fix-this-pod': 'Fix this pod',
  'native-or-legacy': 'Native or legacy',
  'kubectl-default': 'kubectl default',
};

const ALL_IDS = EXERCISES.map((exercise) => exercise.id);

function openButtonId(id: string): string {
  return `learn-open-${id}`;
}

interface ExerciseListProps {
  progress: LearnProgress;
  /** The exercise the learner comes back from, whose button gets the focus. */
  cameFrom: string | null;
}

function ExerciseList({ progress, cameFrom }: ExerciseListProps) {
  useEffect(() => {
    if (cameFrom !== null) document.getElementById(openButtonId(cameFrom))?.focus();
  }, [cameFrom]);
  return (
    <ul className="exercise-list" aria-label="Exercises">
      {EXERCISES.map((exercise) => {
        const done = isDone(progress, exercise.id);
        const statusId = `learn-status-${exercise.id}`;
        return (
          <li key={exercise.id} className="exercise-item">
            <button
              type="button"
              id={openButtonId(exercise.id)}
              className="exercise-item__open"
              aria-describedby={statusId}
              onClick={() => openLearn(exercise.id)}
            >
              {exercise.title}
            </button>
            <span className="exercise-item__type">{TYPE_LABELS[exercise.type]}</span>
            <span
              id={statusId}
              className={`exercise-item__status exercise-item__status--${done ? 'done' : 'open'}`}
            >
              {done ? '✓ Done' : 'Not done'}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Puts a fix-this-pod exercise's broken design on the canvas. */
export type StartFix = (exercise: FixThisPodExercise) => void;

interface ExerciseViewProps {
  exercise: Exercise;
  done: boolean;
  onChecked: (correct: boolean) => void;
  onStartFix: StartFix;
}

function ExerciseView({ exercise, done, onChecked, onStartFix }: ExerciseViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <article className="exercise-view" aria-labelledby="learn-exercise-title">
      <p className="exercise-view__meta">
        {TYPE_LABELS[exercise.type]}
        {done && <span className="exercise-item__status--done"> · ✓ Done</span>}
      </p>
      <h3 id="learn-exercise-title" ref={heading} tabIndex={-1}>
        {exercise.title}
      </h3>
      <p className="exercise-view__prompt">{exercise.prompt}</p>
      {(exercise.type === 'predict-start' || exercise.type === 'predict-stop') && (
        <OrderExerciseView exercise={exercise} onChecked={onChecked} />
      )}
      {exercise.type === 'native-or-legacy' && (
        <PlacementExerciseView exercise={exercise} onChecked={onChecked} />
      )}
      {exercise.type === 'fix-this-pod' && (
        <FixExerciseView exercise={exercise} onStart={onStartFix} />
      )}
      {exercise.type === 'kubectl-default' && (
        <DefaultContainerExerciseView exercise={exercise} onChecked={onChecked} />
      )}
    </article>
  );
}

/**
 * The content of the "Learn" dialog: the exercises with the learner's progress, and each exercise
 * on its own. Progress is kept in this browser; progress that cannot be read is ignored, with a
 * notice.
 */
export function LearnContent({ onStartFix }: { onStartFix: StartFix }) {
  const exerciseId = useLearning((state) => state.exerciseId);
  // Read each time the dialog opens: another tab may have added to it.
  const [loaded, setLoaded] = useState<LoadedProgress>(() => loadLearnProgress(browserStorage()));
  const [cameFrom, setCameFrom] = useState<string | null>(null);

  const exercise = exerciseId === null ? undefined : exerciseById(exerciseId);
  const { progress, notice } = loaded;
  const done = doneCount(progress, ALL_IDS);

  const back = () => {
    setCameFrom(exerciseId);
    openLearn(null);
  };

  return (
    <>
      <p className="learning-dialog__intro">
        {done} of {EXERCISES.length} done.
      </p>
      {notice !== null && (
        <p className="learn-notice" role="status">
          {notice}
        </p>
      )}
      {exercise === undefined ? (
        <ExerciseList progress={progress} cameFrom={cameFrom} />
      ) : (
        <>
          <button type="button" className="button button--quiet learn-back" onClick={back}>
            ← All exercises
          </button>
          <ExerciseView
            key={exercise.id}
            exercise={exercise}
            done={isDone(progress, exercise.id)}
            onChecked={(correct) => setLoaded(saveAttempt(browserStorage(), exercise.id, correct))}
            onStartFix={onStartFix}
          />
        </>
      )}
    </>
  );
}
