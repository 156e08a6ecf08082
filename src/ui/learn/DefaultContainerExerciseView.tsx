import { useMemo, useState } from 'react';
import { check, containerNames } from '../../learn/index';
import type { CheckResult, KubectlDefaultExercise } from '../../learn/types';
import { ExerciseManifest } from './ExerciseManifest';
import { Outcome } from './Outcome';

interface DefaultContainerExerciseViewProps {
  exercise: KubectlDefaultExercise;
  onChecked: (correct: boolean) => void;
}

/** A manifest to read and a kubectl command: pick the container it reaches, then "Check". */
export function DefaultContainerExerciseView({
  exercise,
  onChecked,
}: DefaultContainerExerciseViewProps) {
  const names = useMemo(() => containerNames(exercise), [exercise]);
  const [answer, setAnswer] = useState<string | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);

  const checkAnswer = () => {
    if (answer === null) return;
    const outcome = check(exercise, answer);
    setResult(outcome);
    onChecked(outcome.correct);
  };

  return (
    <div className="placement-exercise">
      <ExerciseManifest manifest={exercise.manifest} />
      <fieldset className="placement-choices">
        <legend>
          Which container does <code>{exercise.command}</code> reach?
        </legend>
        {names.map((name) => (
          <label key={name} className="placement-choice">
            <input
              type="radio"
              name={`default-${exercise.id}`}
              value={name}
              checked={answer === name}
              onChange={() => {
                setAnswer(name);
                setResult(null);
              }}
            />
            <span className="placement-choice__name">{name}</span>
          </label>
        ))}
      </fieldset>
      <div className="learn-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={checkAnswer}
          disabled={answer === null}
        >
          Check
        </button>
      </div>
      <Outcome exercise={exercise} result={result} />
    </div>
  );
}
