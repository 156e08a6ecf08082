import type { Design } from '../model/types';
import { checkKubectlDefault } from './checkKubectl';
import { checkOrder } from './checkOrder';
import { checkFix, checkPlacement } from './checkOthers';
import type {
  CheckResult,
  Exercise,
  FixThisPodExercise,
  KubectlDefaultExercise,
  NativeOrLegacyExercise,
  OrderAnswer,
  OrderExercise,
  PlacementAnswer,
} from './types';

/** A container name answers a kubectl-default exercise. */
type Answer = OrderAnswer | Design | PlacementAnswer | string;

function isOrder(answer: Answer): answer is OrderAnswer {
  return Array.isArray(answer);
}

function isName(answer: Answer): answer is string {
  return typeof answer === 'string';
}

function isDesign(answer: Answer): answer is Design {
  return (
    !isOrder(answer) &&
    !isName(answer) &&
    'containers' in answer &&
    Array.isArray(answer.containers)
  );
}

function isPlacement(answer: Answer): answer is PlacementAnswer {
  return !isOrder(answer) && !isName(answer) && !isDesign(answer);
}

const MISMATCH: CheckResult = {
  correct: false,
  feedback: 'This answer does not fit the exercise; start the exercise again.',
};

/**
 * Compares a learner's answer with the truth derived from the core: the lifecycle simulation for
 * `predict-start` and `predict-stop` (an order of steps), lint for `fix-this-pod` (the edited
 * design), the importer and the model's placement for `native-or-legacy` (name → kind), and
 * kubectl's default container for `kubectl-default` (a container name).
 */
export function check(exercise: OrderExercise, answer: OrderAnswer): CheckResult;
export function check(exercise: FixThisPodExercise, answer: Design): CheckResult;
export function check(exercise: NativeOrLegacyExercise, answer: PlacementAnswer): CheckResult;
export function check(exercise: KubectlDefaultExercise, answer: string): CheckResult;
export function check(exercise: Exercise, answer: Answer): CheckResult;
export function check(exercise: Exercise, answer: Answer): CheckResult {
  switch (exercise.type) {
    case 'predict-start':
    case 'predict-stop':
      return isOrder(answer) ? checkOrder(exercise, answer) : MISMATCH;
    case 'fix-this-pod':
      return isDesign(answer) ? checkFix(exercise, answer) : MISMATCH;
    case 'native-or-legacy':
      return isPlacement(answer) ? checkPlacement(exercise, answer) : MISMATCH;
    case 'kubectl-default':
      return isName(answer) ? checkKubectlDefault(exercise, answer) : MISMATCH;
  }
}
