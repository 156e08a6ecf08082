// Everything the learning controls show, as one piece loaded on first use: the pattern library,
// the exercises and the exercise bar.
export { PatternList } from '../patterns/PatternList';
export { ExerciseBar } from './ExerciseBar';
export { LearnContent } from './LearnContent';
