import { ModalDialog } from '../components/ModalDialog';
import { PatternList } from '../patterns/PatternList';
import { openPatternDesign, startFixExercise } from './exerciseMode';
import { LearnContent } from './LearnContent';
import { closeDialog } from './learningState';

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

/** The "Patterns" or "Learn" dialog: what each lists, loaded with it on first use. */
export function LearningDialog({ dialog }: { dialog: 'patterns' | 'learn' }) {
  if (dialog === 'patterns') {
    return (
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
        <PatternList onOpen={openPatternDesign} />
      </ModalDialog>
    );
  }
  return (
    <ModalDialog
      title="Learn"
      onClose={closeDialog}
      describedBy="learn-text"
      className="confirm learning-dialog"
    >
      <CloseButton />
      <p id="learn-text" className="learning-dialog__intro">
        Exercises on the pod lifecycle: start and stop order, broken pods to fix, native or legacy
        sidecars.
      </p>
      <LearnContent onStartFix={startFixExercise} />
    </ModalDialog>
  );
}
