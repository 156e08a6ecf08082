// Everything the learning controls show, as one piece loaded on first use: the pattern library,
// the exercises and the exercise bar.
export { ExerciseBar } from './ExerciseBar';
export { LearningDialog } from './LearningDialog';
