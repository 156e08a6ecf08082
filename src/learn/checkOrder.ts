import { simulateLifecycle } from '../lifecycle';
import { whyStartsBefore, whyStartTogether, whyStopsBefore, whyStopTogether } from './explainOrder';
import { expectedOrder } from './truth';
import type { CheckResult, OrderAnswer, OrderExercise } from './types';

/** "a", "a and b", "a, b and c". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** An order in words: "proxy, then app and worker together". */
export function describeOrder(steps: readonly (readonly string[])[]): string {
  return steps
    .map((step) => (step.length > 1 ? `${listOf(step)} together` : listOf(step)))
    .join(', then ');
}

function wrong(feedback: string): CheckResult {
  return { correct: false, feedback: `Not quite. ${feedback}` };
}

/** Why a container of the design takes no part in the sequence, from the simulation's own words. */
function whyAbsent(exercise: OrderExercise, name: string): string {
  if (!exercise.design.containers.some((c) => c.name === name)) {
    return `There is no container named ${name} in this Pod.`;
  }
  const events = simulateLifecycle(exercise.design).events.filter((e) => e.container === name);
  const last = events.at(-1);
  const verb = exercise.type === 'predict-start' ? 'start' : 'stop';
  const lead = `${name} has no place in the ${verb} order`;
  return last ? `${lead}: ${last.reason}` : `${lead}.`;
}

function stepOf(steps: readonly (readonly string[])[], name: string): number {
  return steps.findIndex((step) => step.includes(name));
}

/** The first pair the learner ordered differently from the truth, explained. */
function firstMistake(exercise: OrderExercise, truth: string[][], given: string[][]): string {
  const names = truth.flat();
  const starting = exercise.type === 'predict-start';
  for (const [i, a] of names.entries()) {
    for (const b of names.slice(i + 1)) {
      const expected = Math.sign(stepOf(truth, a) - stepOf(truth, b));
      if (expected === Math.sign(stepOf(given, a) - stepOf(given, b))) continue;
      if (expected === 0) {
        return starting
          ? whyStartTogether(exercise.design, a, b)
          : whyStopTogether(exercise.design, a, b);
      }
      return starting
        ? whyStartsBefore(exercise.design, a, b)
        : whyStopsBefore(exercise.design, a, b);
    }
  }
  return '';
}

/**
 * Compares a learner's order with the simulated one. Steps are compared as sets; an empty step
 * is ignored. Feedback names the first mistake and the rule behind it.
 */
export function checkOrder(exercise: OrderExercise, answer: OrderAnswer): CheckResult {
  const truth = expectedOrder(exercise);
  const truthNames = truth.flat();
  const given = answer.map((step) => [...step]).filter((step) => step.length > 0);
  const givenNames = given.flat();
  const repeated = givenNames.find((name, i) => givenNames.indexOf(name) !== i);
  if (repeated !== undefined) {
    return wrong(`${repeated} appears more than once; put each container in exactly one step.`);
  }
  const extra = givenNames.filter((name) => !truthNames.includes(name));
  if (extra.length > 0) return wrong(extra.map((name) => whyAbsent(exercise, name)).join(' '));
  const missing = truthNames.filter((name) => !givenNames.includes(name));
  if (missing.length > 0) return wrong(`Your order leaves out ${listOf(missing)}.`);
  const mistake = firstMistake(exercise, truth, given);
  if (mistake !== '') return wrong(mistake);
  return { correct: true, feedback: `Correct: ${describeOrder(truth)}.` };
}
