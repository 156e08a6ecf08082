/**
 * Undo and redo over immutable snapshots. A history never holds the present: every function
 * takes it and, when it changes, gives back the new present with the new history. Snapshots
 * share structure with each other (the model's ops copy only what they change), so a step costs
 * little more than the objects it replaced.
 *
 * Because steps are snapshots, undoing a step also reverts changes applied after it without
 * being recorded (`ignore` capture): they belong to the state the step left behind.
 */

/** One undoable step: in `past` the state before it, in `future` the state after it. */
export interface Step<T> {
  readonly snapshot: T;
  /** What the step did, in a person's words ("Move app", "Edit YAML"), when known. */
  readonly label?: string;
}

/** A named point to return to (the start of a drag), see {@link bailToMark}. */
export interface Mark<T> {
  readonly name: string;
  /** How many past steps there were when the mark was set. */
  readonly depth: number;
  /** The present when the mark was set. */
  readonly snapshot: T;
}

export interface History<T> {
  /** Steps that can be undone, oldest first. */
  readonly past: readonly Step<T>[];
  /** Steps that can be redone, the next one last. */
  readonly future: readonly Step<T>[];
  /**
   * The coalescing key of the newest past step while it is still open: a change recorded with
   * the same key replaces it instead of adding a step.
   */
  readonly openKey: string | null;
  readonly marks: readonly Mark<T>[];
  /** The most past steps kept; the oldest are forgotten first. */
  readonly limit: number;
}

/** How many steps a history keeps unless told otherwise. */
export const DEFAULT_HISTORY_LIMIT = 200;

/** A history with nothing to undo or redo. */
export function createHistory<T>(limit: number = DEFAULT_HISTORY_LIMIT): History<T> {
  return { past: [], future: [], openKey: null, marks: [], limit: Math.max(1, Math.floor(limit)) };
}

/** True when there is a step to undo. */
export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

/** True when there is a step to redo. */
export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

/** How a change is recorded. */
export interface RecordOptions {
  /**
   * Changes recorded one after another with the same key form one step (the positions of one
   * drag). The step stays open until {@link closeStep}, a change with another key or none, an
   * undo or a redo.
   */
  coalesceKey?: string;
  label?: string;
}

function trimmed<T>(history: History<T>, past: readonly Step<T>[]): History<T> {
  const excess = past.length - history.limit;
  if (excess <= 0) return { ...history, past };
  return {
    ...history,
    past: past.slice(excess),
    marks: history.marks
      .map((mark) => ({ ...mark, depth: mark.depth - excess }))
      .filter((mark) => mark.depth >= 0),
  };
}

/**
 * Records a change away from `before` (the present before the change). With the key of the open
 * step the change joins that step; otherwise it becomes a new step. Either way nothing can be
 * redone any more.
 */
export function record<T>(history: History<T>, before: T, options: RecordOptions = {}): History<T> {
  const key = options.coalesceKey ?? null;
  if (key !== null && history.openKey === key && history.past.length > 0) {
    return { ...history, future: [] };
  }
  const step: Step<T> =
    options.label === undefined ? { snapshot: before } : { snapshot: before, label: options.label };
  return trimmed({ ...history, future: [], openKey: key }, [...history.past, step]);
}

/** Closes the open step, so that the next change is a step of its own. */
export function closeStep<T>(history: History<T>): History<T> {
  return history.openKey === null ? history : { ...history, openKey: null };
}

/** A present and the history that goes with it. */
export interface Moved<T> {
  present: T;
  history: History<T>;
}

/** Goes back one step; `null` when there is nothing to undo. Marks are forgotten. */
export function undo<T>(history: History<T>, present: T): Moved<T> | null {
  const step = history.past.at(-1);
  if (step === undefined) return null;
  const redoStep: Step<T> =
    step.label === undefined ? { snapshot: present } : { snapshot: present, label: step.label };
  return {
    present: step.snapshot,
    history: {
      ...history,
      past: history.past.slice(0, -1),
      future: [...history.future, redoStep],
      openKey: null,
      marks: [],
    },
  };
}

/** Goes forward one step; `null` when there is nothing to redo. Marks are forgotten. */
export function redo<T>(history: History<T>, present: T): Moved<T> | null {
  const step = history.future.at(-1);
  if (step === undefined) return null;
  const undoStep: Step<T> =
    step.label === undefined ? { snapshot: present } : { snapshot: present, label: step.label };
  return {
    present: step.snapshot,
    history: {
      ...history,
      past: [...history.past, undoStep],
      future: history.future.slice(0, -1),
      openKey: null,
      marks: [],
    },
  };
}

/** Sets a mark named `name` at the present (the start of a gesture that may be abandoned). */
export function mark<T>(history: History<T>, name: string, present: T): History<T> {
  return {
    ...history,
    marks: [...history.marks, { name, depth: history.past.length, snapshot: present }],
  };
}

function lastMarkIndex<T>(history: History<T>, name: string): number {
  for (let i = history.marks.length - 1; i >= 0; i--) {
    if (history.marks[i]?.name === name) return i;
  }
  return -1;
}

/**
 * Abandons everything since the newest mark named `name`: the present becomes what it was at the
 * mark, the steps recorded since are dropped without becoming redo steps, and the mark (with any
 * set after it) is removed. `null` when there is no such mark.
 */
export function bailToMark<T>(history: History<T>, name: string): Moved<T> | null {
  const index = lastMarkIndex(history, name);
  const found = history.marks[index];
  if (found === undefined) return null;
  return {
    present: found.snapshot,
    history: {
      ...history,
      past: history.past.slice(0, found.depth),
      openKey: null,
      marks: history.marks.slice(0, index),
    },
  };
}

/** Removes the newest mark named `name` (and those set after it), keeping every step. */
export function clearMark<T>(history: History<T>, name: string): History<T> {
  const index = lastMarkIndex(history, name);
  return index < 0 ? history : { ...history, marks: history.marks.slice(0, index) };
}
