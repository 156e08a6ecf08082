import { lazy, Suspense } from 'react';
import { createPortal } from 'react-dom';
import { ModalDialog } from '../components/ModalDialog';
import { backToOwnDesign, openPatternDesign, startFixExercise } from '../learn/exerciseMode';
import { closeDialog, openLearn, openPatterns, useLearning } from '../learn/learningState';
import '../learn/frame.css';

// The patterns, the exercises and their views load on first use, not with the page.
const load = () => import('../learn/lazyLearning');
const PatternList = lazy(() => load().then((m) => ({ default: m.PatternList })));
const LearnContent = lazy(() => load().then((m) => ({ default: m.LearnContent })));
const ExerciseBar = lazy(() => load().then((m) => ({ default: m.ExerciseBar })));

function Loading({ what }: { what: string }) {
  return <p className="learning-dialog__intro">Loading the {what}…</p>;
}

function CloseButton() {
  return (
    <button
      type="button"
      className="button button--quiet learning-dialog__close"
      onClick={closeDialog}
    >
      Close
    </button>
  );
}

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
      {dialog === 'patterns' && (
        <ModalDialog
          title="Patterns"
          onClose={closeDialog}
          describedBy="patterns-text"
          className="confirm learning-dialog"
        >
          <CloseButton />
          <p id="patterns-text" className="learning-dialog__intro">
            Ready-made pods that combine containers in well-known ways. Opening one replaces your
            design with an editable copy; Undo brings your design back.
          </p>
          <Suspense fallback={<Loading what="patterns" />}>
            <PatternList onOpen={openPatternDesign} />
          </Suspense>
        </ModalDialog>
      )}
      {dialog === 'learn' && (
        <ModalDialog
          title="Learn"
          onClose={closeDialog}
          describedBy="learn-text"
          className="confirm learning-dialog"
        >
          <CloseButton />
          <p id="learn-text" className="learning-dialog__intro">
            Exercises on the pod lifecycle: start and stop order, broken pods to fix, native or
            legacy sidecars.
          </p>
          <Suspense fallback={<Loading what="exercises" />}>
            <LearnContent onStartFix={startFixExercise} />
          </Suspense>
        </ModalDialog>
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
