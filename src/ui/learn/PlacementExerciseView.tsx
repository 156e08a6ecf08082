import { useMemo, useState } from 'react';
import { CONTAINER_KINDS, check, containerNames } from '../../learn/index';
import type {
  CheckResult,
  ContainerKind,
  NativeOrLegacyExercise,
  PlacementAnswer,
} from '../../learn/types';
import { ExerciseManifest } from './ExerciseManifest';
import { Outcome } from './Outcome';

/** How each kind is offered to the learner. */
export const KIND_LABELS: Record<ContainerKind, string> = {
  main: 'Main container',
  'native-sidecar': 'Native sidecar',
  'legacy-sidecar': 'Legacy sidecar',
  init: 'Init container',
};

function asKind(value: string): ContainerKind | undefined {
  return CONTAINER_KINDS.find((kind) => kind === value);
}

interface PlacementExerciseViewProps {
  exercise: NativeOrLegacyExercise;
  onChecked: (correct: boolean) => void;
}

/** A manifest to read, and for each of its containers a choice of what it is; then "Check". */
export function PlacementExerciseView({ exercise, onChecked }: PlacementExerciseViewProps) {
  const names = useMemo(() => containerNames(exercise), [exercise]);
  const [answer, setAnswer] = useState<Partial<Record<string, ContainerKind>>>({});
  const [result, setResult] = useState<CheckResult | null>(null);

  const checkAnswer = () => {
    const given: Record<string, ContainerKind> = {};
    for (const name of names) {
      const kind = answer[name];
      if (kind !== undefined) given[name] = kind;
    }
    const outcome = check(exercise, given satisfies PlacementAnswer);
    setResult(outcome);
    onChecked(outcome.correct);
  };

  return (
    <div className="placement-exercise">
      <ExerciseManifest manifest={exercise.manifest} />
      <fieldset className="placement-choices">
        <legend>What is each container?</legend>
        {names.map((name) => (
          <div key={name} className="placement-choice">
            <label className="placement-choice__name" htmlFor={`place-${exercise.id}-${name}`}>
              {name}
            </label>
            <select
              id={`place-${exercise.id}-${name}`}
              value={answer[name] ?? ''}
              onChange={(event) => {
                const kind = asKind(event.target.value);
                setAnswer((before) => ({ ...before, [name]: kind }));
                setResult(null);
              }}
            >
              <option value="">Choose…</option>
              {CONTAINER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <div className="learn-actions">
        <button type="button" className="button button--primary" onClick={checkAnswer}>
          Check
        </button>
      </div>
      <Outcome exercise={exercise} result={result} />
    </div>
  );
}
