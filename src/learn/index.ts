/**
 * The learning mode: exercises on the pod lifecycle whose answers are derived from the core (the
 * lifecycle simulation, lint and the importer), and `check`, which compares a learner's answer
 * with that truth and explains mistakes.
 */

import { FIX_EXERCISES } from './exercises/fix';
import { KUBECTL_DEFAULT_EXERCISES, KUBECTL_FIX_EXERCISES } from './exercises/kubectl';
import { PLACEMENT_EXERCISES } from './exercises/placement';
import { START_EXERCISES } from './exercises/start';
import { STOP_EXERCISES } from './exercises/stop';
import type { Exercise } from './types';

export { check } from './check';
export { describeOrder } from './checkOrder';
export {
  containerNames,
  expectedDefaultContainer,
  expectedOrder,
  expectedPlacement,
  listedFindings,
} from './truth';
export * from './types';

/** Every exercise, grouped by type: start order, stop order, fix this pod, native or legacy, kubectl. */
export const EXERCISES: readonly Exercise[] = [
  ...START_EXERCISES,
  ...STOP_EXERCISES,
  ...FIX_EXERCISES,
  ...KUBECTL_FIX_EXERCISES,
  ...PLACEMENT_EXERCISES,
  ...KUBECTL_DEFAULT_EXERCISES,
];

/** The exercise with this id. */
export function exerciseById(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
