import { useEffect, useRef, useState } from 'react';
import { check, exerciseById } from '../../learn/index';
import type { CheckResult } from '../../learn/types';
import type { Design } from '../../model/types';
import { browserStorage, saveAttempt } from '../../persist/browser/learnProgress';
import { useStudio } from '../../store/studioStore';
import { openLearn, useLearning } from './learningState';
import { Outcome } from './Outcome';
import './learn.css';

/**
 * Shown while a fix-this-pod exercise is on the canvas: says so, checks the current design
 * ("Check my fix") and brings the learner's own design back. The page makes room for it.
 */
export function ExerciseBar({ onBack }: { onBack: () => void }) {
  const mode = useLearning((state) => state.mode);
  const design = useStudio((state) => state.design);
  const [checked, setChecked] = useState<{ result: CheckResult; of: Design } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const bar = useRef<HTMLElement>(null);

  useEffect(() => {
    const element = bar.current;
    const body = document.body;
    body.dataset.exerciseMode = 'true';
    const observer = new ResizeObserver(() => {
      body.style.setProperty('--exercise-bar-height', `${element?.offsetHeight ?? 0}px`);
    });
    if (element) observer.observe(element);
    return () => {
      observer.disconnect();
      delete body.dataset.exerciseMode;
      body.style.removeProperty('--exercise-bar-height');
    };
  }, []);

  const exercise = mode === null ? undefined : exerciseById(mode.exerciseId);
  if (mode === null || exercise?.type !== 'fix-this-pod') return null;
  // A result stands for the design it was checked on; any change asks for a new check.
  const result = checked !== null && checked.of === design ? checked.result : null;

  const checkFix = () => {
    const outcome = check(exercise, design);
    setChecked({ result: outcome, of: design });
    setNotice(saveAttempt(browserStorage(), exercise.id, outcome.correct).notice);
  };

  return (
    <section ref={bar} className="exercise-bar" aria-labelledby="exercise-bar-title">
      <div className="exercise-bar__main">
        <div className="exercise-bar__text">
          <h2 id="exercise-bar-title" className="exercise-bar__title">
            <span className="exercise-bar__flag">Exercise mode</span> {exercise.title}
          </h2>
          <p className="exercise-bar__prompt">{exercise.prompt}</p>
        </div>
        <div className="exercise-bar__actions">
          <button type="button" className="button button--primary" onClick={checkFix}>
            Check my fix
          </button>
          <button type="button" className="button" onClick={() => openLearn(exercise.id)}>
            Exercise details
          </button>
          <button type="button" className="button" onClick={onBack}>
            Back to my design
          </button>
        </div>
      </div>
      {notice !== null && <p className="learn-notice">{notice}</p>}
      <Outcome exercise={exercise} result={result} />
    </section>
  );
}
