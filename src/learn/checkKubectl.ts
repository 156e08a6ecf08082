import { DEFAULT_CONTAINER_ANNOTATION, kubectlDefault } from '../model/kubectlDefault';
import { manifestDesign } from './truth';
import type { CheckResult, KubectlDefaultExercise } from './types';

/** Why kubectl reaches the container it reaches, in kubectl's own terms. */
function why(exercise: KubectlDefaultExercise): string {
  const picked = kubectlDefault(manifestDesign(exercise));
  const name = picked.container?.name ?? '';
  if (picked.source === 'annotation') {
    return `The pod's annotation ${DEFAULT_CONTAINER_ANNOTATION} names '${name}', and kubectl uses the container it names.`;
  }
  const fallback = `Without -c, kubectl uses the first entry of containers, '${name}' (init containers and native sidecars are never the default), and prints "Defaulted container".`;
  return picked.annotationUnknown
    ? `The annotation ${DEFAULT_CONTAINER_ANNOTATION} names '${picked.annotation}', which is no container of this pod, so kubectl ignores it. ${fallback}`
    : fallback;
}

/** Compares the learner's container with the one kubectl picks (the same code lint uses). */
export function checkKubectlDefault(exercise: KubectlDefaultExercise, answer: string): CheckResult {
  const truth = kubectlDefault(manifestDesign(exercise)).container?.name;
  if (answer === truth) {
    return {
      correct: true,
      feedback: `Correct: ${exercise.command} shows '${truth}'. ${why(exercise)}`,
    };
  }
  return {
    correct: false,
    feedback: `Not quite: ${exercise.command} does not show '${answer}'. ${why(exercise)}`,
  };
}
