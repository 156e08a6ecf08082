import { lintDesign } from '../lint/engine';
import type { Design } from '../model/types';
import { listOf } from './checkOrder';
import { expectedPlacement, listedFindings, manifestDesign } from './truth';
import type {
  CheckResult,
  ContainerKind,
  FixThisPodExercise,
  NativeOrLegacyExercise,
  PlacementAnswer,
} from './types';

const KIND_WORDS: Record<ContainerKind, string> = {
  main: 'a main container',
  'native-sidecar': 'a native sidecar',
  'legacy-sidecar': 'a legacy sidecar',
  init: 'a regular init container',
};

/** Why a container is what it is, in terms of where the manifest puts it (sidecar-rules.md §0.1). */
function whyKind(name: string, kind: ContainerKind, purpose: string | undefined): string {
  switch (kind) {
    case 'native-sidecar':
      return `${name} is a native sidecar: it is listed in initContainers with restartPolicy: Always, so it keeps running next to the main containers.`;
    case 'init':
      return `${name} is a regular init container: it is listed in initContainers without restartPolicy: Always, so it runs to completion before the next container starts.`;
    case 'legacy-sidecar':
      return `${name} is a legacy sidecar: it is an entry of containers, so Kubernetes treats it like a main container, but it is a helper${purpose ? ` (${purpose})` : ''} next to the app rather than the app itself.`;
    case 'main':
      return `${name} is a main container: an entry of containers that does the Pod's own work.`;
  }
}

/** True when the containers both designs share are listed in the same order. */
function sameOrder(before: Design, after: Design): boolean {
  const kept = new Set(after.containers.map((c) => c.name));
  const was = before.containers.map((c) => c.name).filter((n) => kept.has(n));
  const now = after.containers.map((c) => c.name).filter((n) => was.includes(n));
  return was.join('\n') === now.join('\n');
}

/** Compares a learner's classification with what the importer and the model's placement say. */
export function checkPlacement(
  exercise: NativeOrLegacyExercise,
  answer: PlacementAnswer,
): CheckResult {
  const design = manifestDesign(exercise);
  const truth = expectedPlacement(exercise);
  const known = new Set(truth.map(([name]) => name));
  const problems: string[] = [];
  const unknown = Object.keys(answer).filter((name) => !known.has(name));
  if (unknown.length > 0) problems.push(`There is no container named ${listOf(unknown)}.`);
  const missing = truth.filter(([name]) => answer[name] === undefined).map(([name]) => name);
  if (missing.length > 0) problems.push(`You did not classify ${listOf(missing)}.`);
  for (const [name, kind] of truth) {
    const given = answer[name];
    if (given === undefined || given === kind) continue;
    const purpose = design.containers.find((c) => c.name === name)?.purpose;
    problems.push(`${name} is not ${KIND_WORDS[given]}. ${whyKind(name, kind, purpose)}`);
  }
  if (problems.length > 0) return { correct: false, feedback: `Not quite. ${problems.join(' ')}` };
  const summary = truth.map(([name, kind]) => `${name} is ${KIND_WORDS[kind]}`).join('; ');
  return { correct: true, feedback: `Correct: ${summary}.` };
}

/**
 * Accepts any valid fix: the listed findings are gone, the design has no error-severity finding,
 * it is still the same kind of workload and it keeps every container it had.
 */
export function checkFix(exercise: FixThisPodExercise, answer: Design): CheckResult {
  const problems: string[] = [];
  const left = listedFindings(exercise, answer);
  for (const finding of left) problems.push(`${finding.rule} still reports: ${finding.message}`);
  const errors = lintDesign(answer).filter(
    (f) => f.severity === 'error' && !exercise.rules.includes(f.rule),
  );
  for (const error of errors) {
    problems.push(`The change made the Pod invalid (${error.rule}): ${error.message}`);
  }
  if (answer.kind !== exercise.design.kind) {
    problems.push(
      `Keep the workload a ${exercise.design.kind}; changing its kind hides the problem.`,
    );
  }
  const names = new Set(answer.containers.map((c) => c.name));
  const removed = exercise.design.containers.map((c) => c.name).filter((n) => !names.has(n));
  if (removed.length > 0) {
    problems.push(
      `Keep ${listOf(removed)}: the Pod needs ${removed.length > 1 ? 'them' : 'it'}; fix how ${removed.length > 1 ? 'they run' : 'it runs'} instead of removing ${removed.length > 1 ? 'them' : 'it'}.`,
    );
  }
  if (exercise.keepOrder && !sameOrder(exercise.design, answer)) {
    problems.push(
      'Keep the containers in the order they are listed: this exercise asks for a fix that works without moving them.',
    );
  }
  if (problems.length > 0) return { correct: false, feedback: `Not yet. ${problems.join(' ')}` };
  return {
    correct: true,
    feedback: `Fixed: lint no longer reports ${listOf(exercise.rules.map((r) => r))}.`,
  };
}
