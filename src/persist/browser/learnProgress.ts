import {
  emptyProgress,
  LEARN_PROGRESS_KEY,
  LEARN_PROGRESS_SET_ASIDE_KEY,
  type LearnProgress,
  parseProgress,
  recordAttempt,
  serialiseProgress,
} from '../learnProgress';
import { type KeyValueStorage, readItem, writeItem } from './storageAccess';

/** The learning progress as read from this browser, and what the learner must be told about it. */
export interface LoadedProgress {
  progress: LearnProgress;
  /** Why saved progress was ignored or cannot be kept, in a person's words; null when all is well. */
  notice: string | null;
}

/** This browser's local storage, or null when the browser allows none. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const NO_STORAGE =
  'This browser does not let Sidecar Studio keep your learning progress, so it is lost when you leave.';

/**
 * Reads the learning progress. Progress that cannot be read is ignored (the learner starts again)
 * and copied aside first, so that it is never overwritten unseen.
 */
export function loadLearnProgress(storage: KeyValueStorage | null): LoadedProgress {
  if (storage === null) return { progress: emptyProgress(), notice: NO_STORAGE };
  const text = readItem(storage, LEARN_PROGRESS_KEY);
  const result = parseProgress(text);
  if (result.ok || text === null) return { progress: result.progress, notice: null };
  const kept =
    readItem(storage, LEARN_PROGRESS_SET_ASIDE_KEY) === text ||
    writeItem(storage, LEARN_PROGRESS_SET_ASIDE_KEY, text).ok;
  const where = kept
    ? ` The unreadable text is kept in this browser's local storage under "${LEARN_PROGRESS_SET_ASIDE_KEY}".`
    : '';
  return {
    progress: result.progress,
    notice: `Your saved learning progress could not be read, so it is ignored and you start again. ${result.reason}${where}`,
  };
}

/**
 * Records one checked answer: reads the progress saved now (another tab may have added to it),
 * adds the attempt and saves. Returns the new progress and, when it could not be saved, why.
 */
export function saveAttempt(
  storage: KeyValueStorage | null,
  id: string,
  correct: boolean,
): LoadedProgress {
  const loaded = loadLearnProgress(storage);
  const progress = recordAttempt(loaded.progress, id, correct);
  if (storage === null) return { progress, notice: NO_STORAGE };
  const written = writeItem(storage, LEARN_PROGRESS_KEY, serialiseProgress(progress));
  if (written.ok) return { progress, notice: loaded.notice };
  const why = written.full
    ? "this browser's storage for Sidecar Studio is full"
    : `the browser refused (${written.reason.replace(/\.$/, '')})`;
  return { progress, notice: `Your learning progress could not be saved: ${why}.` };
}
