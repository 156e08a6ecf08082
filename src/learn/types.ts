import type { Design } from '../model/types';

/** The kinds of exercise of the learning mode. */
export type ExerciseType =
  | 'predict-start'
  | 'predict-stop'
  | 'fix-this-pod'
  | 'native-or-legacy'
  | 'kubectl-default';

/** Where the behaviour an exercise teaches is described. */
export interface ExerciseSource {
  /**
   * The title of the source as learners see it, in Kubernetes' own words, e.g. `Kubernetes
   * documentation: Sidecar Containers, Jobs with sidecar containers` or `KEP-2227: kubectl default
   * container`; never the name of an internal document or a rule number.
   */
  section: string;
  /** The Kubernetes documentation page (or other primary source) that states it. */
  url: string;
}

interface ExerciseBase {
  /** Stable identifier, e.g. `start-worked-timeline`. */
  id: string;
  title: string;
  /** What the learner is asked to do, in plain words. */
  prompt: string;
  /** Why the answer is what it is; shown after an attempt. */
  explanation: string;
  source: ExerciseSource;
}

/** Put the containers in the order they start; the truth is `simulateLifecycle(design).start`. */
export interface PredictStartExercise extends ExerciseBase {
  type: 'predict-start';
  design: Design;
}

/**
 * Put the containers in the order they are told to stop; the truth is `simulateLifecycle(design)
 * .stop` (a deletion for long-running workloads, the natural end for a Job).
 */
export interface PredictStopExercise extends ExerciseBase {
  type: 'predict-stop';
  design: Design;
}

/** Change the design until lint reports none of `rules`, by any valid means. */
export interface FixThisPodExercise extends ExerciseBase {
  type: 'fix-this-pod';
  design: Design;
  /** The rule ids the broken design triggers and the fix must clear. */
  rules: readonly string[];
  /** The fix must keep the order of the containers (it must work some other way). */
  keepOrder?: boolean;
}

/** Say for each container of a manifest whether it is main, a native or legacy sidecar, or init. */
export interface NativeOrLegacyExercise extends ExerciseBase {
  type: 'native-or-legacy';
  /** The manifest text the learner reads. */
  manifest: string;
}

/**
 * Read a manifest and say which container a kubectl command without `-c` reaches; the truth is
 * `kubectlDefault` of the imported design, the same code lint's kubectl rule uses.
 */
export interface KubectlDefaultExercise extends ExerciseBase {
  type: 'kubectl-default';
  /** The manifest text the learner reads. */
  manifest: string;
  /** The command the question is about, e.g. `kubectl logs deploy/web`. */
  command: string;
}

/** The exercises whose learner reads a manifest rather than a design on the canvas. */
export type ManifestExercise = NativeOrLegacyExercise | KubectlDefaultExercise;

export type Exercise =
  | PredictStartExercise
  | PredictStopExercise
  | FixThisPodExercise
  | NativeOrLegacyExercise
  | KubectlDefaultExercise;

/** The exercises whose answer is an order of containers. */
export type OrderExercise = PredictStartExercise | PredictStopExercise;

/**
 * An order of containers: a list of steps, each step the containers that start (or are told to
 * stop) together, without waiting for each other. Order inside a step does not matter.
 */
export type OrderAnswer = readonly (readonly string[])[];

/** What a container is, as the kubelet sees it (sidecar-rules.md §0.1). */
export type ContainerKind = 'main' | 'native-sidecar' | 'legacy-sidecar' | 'init';

/** Every container kind, in the order the learning mode offers them. */
export const CONTAINER_KINDS: readonly ContainerKind[] = [
  'main',
  'native-sidecar',
  'legacy-sidecar',
  'init',
];

/** The learner's classification: container name → kind. */
export type PlacementAnswer = Readonly<Record<string, ContainerKind>>;

/** The outcome of one attempt. */
export interface CheckResult {
  correct: boolean;
  /** Plain words: a confirmation, or what is wrong and why. */
  feedback: string;
}
