/**
 * The learner's progress through the exercises of the learning mode, as kept in the browser.
 * Saved text is untrusted: anything that is not exactly this shape is refused, never half-read.
 */

/** Names the product, as in every saved design, so that foreign data is never taken for progress. */
const APP_ID = 'sidecar-studio';

/** The storage key of the learning progress (its JSON form). */
export const LEARN_PROGRESS_KEY = 'sidecar-studio:learn-progress';

/** Where progress text that cannot be read is copied, so that it is never silently lost. */
export const LEARN_PROGRESS_SET_ASIDE_KEY = 'sidecar-studio:learn-progress:corrupt';

/** The progress format this version writes. */
export const LEARN_PROGRESS_VERSION = 1;

/** Longer saved text is refused unread: twenty exercises need a few kilobytes at most. */
export const MAX_PROGRESS_TEXT = 200_000;

/** More exercise entries than this are refused. */
export const MAX_PROGRESS_ENTRIES = 1_000;

/** What an exercise id looks like: lower-case words joined by hyphens. */
const EXERCISE_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** How one exercise went. */
export interface ExerciseProgress {
  /** Answered correctly at least once. */
  done: boolean;
  /** How many times the learner checked an answer. */
  attempts: number;
}

/**
 * The progress (format 1), as JSON: `app` is `"sidecar-studio"`, `kind` is `"learn-progress"`,
 * `version` is `1`, and `exercises` maps an exercise id to its {@link ExerciseProgress}.
 */
export interface LearnProgress {
  app: typeof APP_ID;
  kind: 'learn-progress';
  version: typeof LEARN_PROGRESS_VERSION;
  exercises: Readonly<Record<string, ExerciseProgress>>;
}

/** What reading saved progress gave: the progress, or why it was ignored. */
export type ProgressReadResult =
  | { ok: true; progress: LearnProgress }
  | { ok: false; progress: LearnProgress; reason: string };

/** Progress with no exercise tried. */
export function emptyProgress(): LearnProgress {
  return { app: APP_ID, kind: 'learn-progress', version: LEARN_PROGRESS_VERSION, exercises: {} };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function hasOnly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

function readEntry(value: unknown): ExerciseProgress | null {
  if (!isPlainObject(value) || !hasOnly(value, ['done', 'attempts'])) return null;
  const { done, attempts } = value;
  if (typeof done !== 'boolean') return null;
  if (typeof attempts !== 'number' || !Number.isSafeInteger(attempts) || attempts < 0) return null;
  if (done && attempts === 0) return null;
  return { done, attempts };
}

function refused(reason: string): ProgressReadResult {
  return { ok: false, progress: emptyProgress(), reason };
}

/**
 * Reads saved progress text. No text is a fresh start; text that is not progress of a format
 * this version knows gives empty progress and the reason, in a person's words.
 */
export function parseProgress(text: string | null): ProgressReadResult {
  if (text === null) return { ok: true, progress: emptyProgress() };
  if (text.length > MAX_PROGRESS_TEXT) return refused('The saved progress is far too large.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refused('The saved progress is not valid JSON.');
  }
  if (!isPlainObject(value) || value.app !== APP_ID || value.kind !== 'learn-progress') {
    return refused('The saved text is not Sidecar Studio learning progress.');
  }
  if (value.version !== LEARN_PROGRESS_VERSION) {
    return refused(
      `The saved progress has format ${JSON.stringify(value.version) ?? 'unknown'}, which this version cannot read.`,
    );
  }
  if (!hasOnly(value, ['app', 'kind', 'version', 'exercises']) || !isPlainObject(value.exercises)) {
    return refused('The saved progress does not have the expected fields.');
  }
  const ids = Object.keys(value.exercises);
  if (ids.length > MAX_PROGRESS_ENTRIES) return refused('The saved progress has too many entries.');
  const exercises: Record<string, ExerciseProgress> = {};
  for (const id of ids) {
    const entry = readEntry(value.exercises[id]);
    if (!EXERCISE_ID.test(id) || entry === null) {
      return refused('The saved progress has an entry that cannot be read.');
    }
    exercises[id] = entry;
  }
  return { ok: true, progress: { ...emptyProgress(), exercises } };
}

/** The progress as saved text. */
export function serialiseProgress(progress: LearnProgress): string {
  return JSON.stringify(progress);
}

/** The progress after one checked answer to exercise `id`; done stays done. */
export function recordAttempt(
  progress: LearnProgress,
  id: string,
  correct: boolean,
): LearnProgress {
  if (!EXERCISE_ID.test(id)) throw new RangeError(`"${id}" is not an exercise id.`);
  const before = Object.hasOwn(progress.exercises, id) ? progress.exercises[id] : undefined;
  const entry: ExerciseProgress = {
    done: (before?.done ?? false) || correct,
    attempts: Math.min((before?.attempts ?? 0) + 1, Number.MAX_SAFE_INTEGER),
  };
  return { ...progress, exercises: { ...progress.exercises, [id]: entry } };
}

/** True when exercise `id` was answered correctly at least once. */
export function isDone(progress: LearnProgress, id: string): boolean {
  return Object.hasOwn(progress.exercises, id) && progress.exercises[id]?.done === true;
}

/** How many of `ids` are done. */
export function doneCount(progress: LearnProgress, ids: readonly string[]): number {
  return ids.filter((id) => isDone(progress, id)).length;
}
