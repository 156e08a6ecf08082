import { describe, expect, it } from 'vitest';
import {
  doneCount,
  emptyProgress,
  isDone,
  LEARN_PROGRESS_VERSION,
  MAX_PROGRESS_TEXT,
  parseProgress,
  recordAttempt,
  serialiseProgress,
} from './learnProgress';

function saved(exercises: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    app: 'sidecar-studio',
    kind: 'learn-progress',
    version: LEARN_PROGRESS_VERSION,
    exercises,
    ...extra,
  });
}

describe('learning progress', () => {
  it('starts empty when nothing is saved', () => {
    expect(parseProgress(null)).toEqual({ ok: true, progress: emptyProgress() });
  });

  it('records attempts; an exercise once right stays done', () => {
    let progress = recordAttempt(emptyProgress(), 'start-ambassador', false);
    expect(isDone(progress, 'start-ambassador')).toBe(false);
    progress = recordAttempt(progress, 'start-ambassador', true);
    progress = recordAttempt(progress, 'start-ambassador', false);
    expect(progress.exercises['start-ambassador']).toEqual({ done: true, attempts: 3 });
    expect(doneCount(progress, ['start-ambassador', 'stop-ambassador'])).toBe(1);
  });

  it('does not change the progress it is given', () => {
    const before = emptyProgress();
    recordAttempt(before, 'fix-grace-budget', true);
    expect(before.exercises).toEqual({});
  });

  it('reads back what it writes', () => {
    const progress = recordAttempt(recordAttempt(emptyProgress(), 'a-b', true), 'c', false);
    expect(parseProgress(serialiseProgress(progress))).toEqual({ ok: true, progress });
  });

  it('refuses ids that are not exercise ids', () => {
    expect(() => recordAttempt(emptyProgress(), '__proto__', true)).toThrow(RangeError);
  });

  it('says whether a name is done only for its own entries', () => {
    expect(isDone(emptyProgress(), 'constructor')).toBe(false);
    expect(isDone(emptyProgress(), 'toString')).toBe(false);
  });

  const corrupt: [string, string][] = [
    ['text that is not JSON', '{"app":'],
    ['JSON that is not an object', '[1,2]'],
    ['null', 'null'],
    ['another product', JSON.stringify({ app: 'other', kind: 'learn-progress', version: 1 })],
    ['a saved design', JSON.stringify({ app: 'sidecar-studio', version: 1, design: {} })],
    ['a newer format', saved({}, { version: 2 })],
    ['a version that is a string', saved({}, { version: '1' })],
    ['unknown fields', saved({}, { extra: true })],
    ['exercises that are a list', saved([])],
    ['exercises missing', saved(undefined)],
    ['an entry that is not an object', saved({ 'start-ambassador': true })],
    ['done that is not a boolean', saved({ a: { done: 'yes', attempts: 1 } })],
    ['negative attempts', saved({ a: { done: false, attempts: -1 } })],
    ['fractional attempts', saved({ a: { done: false, attempts: 1.5 } })],
    ['attempts that are not numbers', saved({ a: { done: false, attempts: '1' } })],
    ['done without any attempt', saved({ a: { done: true, attempts: 0 } })],
    ['an entry with extra fields', saved({ a: { done: false, attempts: 1, x: 1 } })],
    ['an id that is not an exercise id', saved({ 'Not An Id': { done: false, attempts: 1 } })],
    [
      'a prototype key',
      '{"app":"sidecar-studio","kind":"learn-progress","version":1,"exercises":{"__proto__":{"done":true,"attempts":1}}}',
    ],
    ['far too much text', ' '.repeat(MAX_PROGRESS_TEXT + 1)],
  ];

  it.each(corrupt)('ignores %s, with a reason', (_, text) => {
    const result = parseProgress(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/\w/);
    expect(result.progress).toEqual(emptyProgress());
  });

  it('refuses too many entries', () => {
    const many = Object.fromEntries(
      Array.from({ length: 1_001 }, (_, i) => [`e${i}`, { done: false, attempts: 1 }]),
    );
    expect(parseProgress(saved(many)).ok).toBe(false);
  });

  it('never throws on arbitrary text', () => {
    const samples = ['', '0', '"x"', 'true', '{}', '{"exercises":{}}', '\u0000', '1e999'];
    for (const text of samples) expect(() => parseProgress(text)).not.toThrow();
  });
});
