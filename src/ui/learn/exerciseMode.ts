import type { FixThisPodExercise } from '../../learn/types';
import type { Design } from '../../model/types';
import { documentStore } from '../../store/document';
import { studioStore } from '../../store/studioStore';
import { learningStore } from './learningState';

// These change the design, so they live with the toolbar: the dialogs, loaded later, call them.

/**
 * Opens a pattern's design: standing alone, one undo step. It arrives without positions, so the
 * canvas lays it out automatically.
 */
export function openPatternDesign(design: Design, name: string): void {
  learningStore.setState({ dialog: null });
  documentStore
    .getState()
    .openDesign({ ...design, positions: {} }, null, `Open the pattern ${name}`);
}

/**
 * Puts the broken design of a fix-this-pod exercise on the canvas as the current design (one undo
 * step). The learner's own design is kept to go back to; starting another exercise keeps the one
 * kept first.
 */
export function startFixExercise(exercise: FixThisPodExercise): void {
  const current = learningStore.getState().mode;
  const own = current?.own ?? studioStore.getState().design;
  const ownOpen = current === null ? documentStore.getState().open : current.ownOpen;
  learningStore.setState({
    dialog: null,
    mode: {
      exerciseId: exercise.id,
      title: exercise.title,
      prompt: exercise.prompt,
      own,
      ownOpen,
    },
  });
  documentStore
    .getState()
    .openDesign(structuredClone(exercise.design), null, `Exercise: ${exercise.title}`);
}

/** Leaves the exercise and puts the learner's own design back (one undo step). */
export function backToOwnDesign(): void {
  const { mode } = learningStore.getState();
  if (mode === null) return;
  learningStore.setState({ mode: null });
  documentStore.getState().openDesign(mode.own, mode.ownOpen, 'Back to my design');
}
