import { lazy, Suspense } from 'react';
import { createPortal } from 'react-dom';
import { backToOwnDesign } from '../learn/exerciseMode';
import { openLearn, openPatterns, useLearning } from '../learn/learningState';
import '../learn/frame.css';

// The dialogs, the patterns, the exercises and their views load on first use, not with the page.
const load = () => import('../learn/lazyLearning');
const LearningDialog = lazy(() => load().then((m) => ({ default: m.LearningDialog })));
const ExerciseBar = lazy(() => load().then((m) => ({ default: m.ExerciseBar })));

/**
 * "Patterns" and "Learn": each opens a dialog listing its items. While a fix-this-pod exercise
 * is on the canvas, its bar (check the fix, go back to the learner's own design) is shown too.
 */
export function LearningButtons() {
  const dialog = useLearning((state) => state.dialog);
  const inExercise = useLearning((state) => state.mode !== null);

  return (
    <div className="toolbar__group">
      <button type="button" className="button" aria-haspopup="dialog" onClick={openPatterns}>
        Patterns
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => openLearn()}>
        Learn
      </button>
      {dialog !== null && (
        <Suspense fallback={null}>
          <LearningDialog dialog={dialog} />
        </Suspense>
      )}
      {inExercise &&
        // The bar belongs to the whole page, not to the toolbar.
        createPortal(
          <Suspense fallback={null}>
            <ExerciseBar onBack={backToOwnDesign} />
          </Suspense>,
          document.body,
        )}
    </div>
  );
}
