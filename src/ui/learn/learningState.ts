import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Design } from '../../model/types';
import type { OpenDocument } from '../../store/document';

/**
 * A fix-this-pod exercise being worked on the canvas: its broken design replaced the learner's
 * own design, which is kept here to go back to.
 */
export interface ExerciseMode {
  exerciseId: string;
  title: string;
  prompt: string;
  /** The learner's design before the exercise opened, and the file it belonged to. */
  own: Design;
  ownOpen: OpenDocument | null;
}

export interface LearningState {
  /** Which dialog is shown. */
  dialog: 'patterns' | 'learn' | null;
  /** The exercise the Learn dialog shows; null for the list of exercises. */
  exerciseId: string | null;
  /** The fix-this-pod exercise on the canvas, if any. */
  mode: ExerciseMode | null;
}

/**
 * What the learning controls show: which dialog, which exercise, and whether the canvas holds an
 * exercise. Kept apart from the exercises themselves, which load only when first asked for.
 */
export const learningStore = createStore<LearningState>()(() => ({
  dialog: null,
  exerciseId: null,
  mode: null,
}));

/** True while a fix-this-pod exercise is on the canvas in place of the person's own design. */
export function isInExercise(): boolean {
  return learningStore.getState().mode !== null;
}

/** Reads a slice of the learning state and re-renders when it changes. */
export function useLearning<T>(selector: (state: LearningState) => T): T {
  return useStore(learningStore, selector);
}

/** Shows the Learn dialog, at exercise `exerciseId` or at the list. */
export function openLearn(exerciseId: string | null = null): void {
  learningStore.setState({ dialog: 'learn', exerciseId });
}

export function openPatterns(): void {
  learningStore.setState({ dialog: 'patterns' });
}

export function closeDialog(): void {
  learningStore.setState({ dialog: null });
}
