import type { ReactNode } from 'react';
import { ModalDialog } from '../components/ModalDialog';
import { PatternList } from '../patterns/PatternList';
import { openPatternDesign, startFixExercise } from './exerciseMode';
import { LearnContent } from './LearnContent';
import { closeDialog } from './learningState';

const DIALOGS: Record<
  'patterns' | 'learn',
  { title: string; intro: string; body: () => ReactNode }
> = {
  patterns: {
    title: 'Patterns',
    intro:
      'Ready-made pods that combine containers in well-known ways. Opening one replaces your design with an editable copy; Undo brings your design back.',
    body: () => <PatternList onOpen={openPatternDesign} />,
  },
  learn: {
    title: 'Learn',
    intro:
      'Exercises on the pod lifecycle: start and stop order, broken pods to fix, native or legacy sidecars.',
    body: () => <LearnContent onStartFix={startFixExercise} />,
  },
};

/** The "Patterns" or "Learn" dialog: what each lists, loaded with it on first use. */
export function LearningDialog({ dialog }: { dialog: 'patterns' | 'learn' }) {
  const { title, intro, body } = DIALOGS[dialog];
  const introId = `${dialog}-text`;
  return (
    <ModalDialog
      title={title}
      onClose={closeDialog}
      describedBy={introId}
      className="confirm learning-dialog"
    >
      <button
        type="button"
        className="button button--quiet learning-dialog__close"
        onClick={closeDialog}
      >
        Close
      </button>
      <p id={introId} className="learning-dialog__intro">
        {intro}
      </p>
      {body()}
    </ModalDialog>
  );
}
