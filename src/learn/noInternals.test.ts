import { describe, expect, it } from 'vitest';
import { EXERCISES } from './index';
import type { Exercise } from './types';

/** Names of the project's own documents and rule numbers, which learners never see. */
const INTERNAL = /sidecar-rules|DESIGN\.md|§|\bR\d{1,2}\b|\bT\d{2}\b/;

/** What a learner reads of an exercise: its words and its source, not the design it acts on. */
function shownText(exercise: Exercise): string[] {
  const texts = [exercise.title, exercise.prompt, exercise.explanation, exercise.source.section];
  if (exercise.type === 'native-or-legacy') texts.push(exercise.manifest);
  return texts;
}

describe('learners see Kubernetes words and sources, never internals', () => {
  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s', (_id, exercise) => {
    for (const text of shownText(exercise)) expect(text).not.toMatch(INTERNAL);
    expect(exercise.source.section.trim()).not.toBe('');
    expect(exercise.source.url).toMatch(
      /^https:\/\/(kubernetes\.io\/|github\.com\/kubernetes\/enhancements\/|istio\.io\/)/,
    );
  });
});
