import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  bailToMark,
  canRedo,
  canUndo,
  closeStep,
  createHistory,
  type History,
  mark,
  record,
  redo,
  undo,
} from '../history/index';
import { emptyDesign } from '../model/create';
import type { Design } from '../model/types';
import { type LoggedNotice, logNotice, type Notice } from './notice';
import { type Selection, selectionWithin } from './selection';

export type { LoggedNotice, Notice, NoticeAction } from './notice';
export type { Selection } from './selection';

/**
 * A change to the document: a pure function from one design to the next, usually one of the
 * model's ops with its arguments, e.g. `(d) => addContainer(d, 'main', { name: 'app' })`.
 */
export type DesignOp = (design: Design) => Design;

/** How one dispatched change enters the undo history. */
export interface DispatchOptions {
  /** `record` (the default) makes the change undoable; `ignore` changes the design only. */
  capture?: 'record' | 'ignore';
  /**
   * Changes recorded one after another with the same key are one undo step: the positions of
   * one drag replace each other. The step stays open until a change with `final: true`, with
   * another key or none, or an undo or redo.
   */
  coalesceKey?: string;
  /** Closes the open step after this change: the end of a drag. */
  final?: boolean;
  /** What the change did, in a person's words. */
  label?: string;
}

export interface StudioState {
  /** The document. Replaced, never mutated: derived values are memoised on its identity. */
  design: Design;
  selection: Selection;
  /** The undo history of the design (session state, never saved). */
  history: History<Design>;
  canUndo: boolean;
  canRedo: boolean;
  /** What the page must tell the person now, if anything. */
  notice: Notice | null;
  /** Every notice shown in this session, newest first: the notification list. */
  noticeLog: readonly LoggedNotice[];
  /**
   * Applies one op to the design. An op that returns the same design changes nothing; an op that
   * throws (OpError) leaves the design as it was and the error reaches the caller.
   */
  dispatch: (op: DesignOp, options?: DispatchOptions) => void;
  /**
   * Replaces the whole design (a YAML edit, an import, a new design) as one undo step. The
   * selection is kept when what it names is still there.
   */
  replaceDesign: (design: Design, options?: { label?: string }) => void;
  /** Opens a design with a fresh history (loading is never undoable); the selection is cleared. */
  loadDesign: (design: Design) => void;
  undo: () => void;
  redo: () => void;
  /** Marks the present, e.g. when a drag starts, so that {@link StudioState.bailToMark} can return. */
  mark: (name: string) => void;
  /** Returns to the newest mark `name` without a redo step (Escape during a drag). */
  bailToMark: (name: string) => void;
  select: (selection: Selection) => void;
  showNotice: (notice: Notice) => void;
  /** Clears the notice; with an id, only when the notice shown still has that id. */
  dismissNotice: (id?: string) => void;
}

/**
 * Who takes undo and redo instead of the design's own history: a live session, where undo takes
 * back this person's own edits only, whatever others did since. It sets `canUndo` and `canRedo`.
 */
export interface UndoDriver {
  undo: () => void;
  redo: () => void;
}

let undoDriver: UndoDriver | null = null;

/** Hands undo and redo to `driver` (null gives them back to the design's history). */
export function driveUndo(driver: UndoDriver | null): void {
  undoDriver = driver;
}

/** The design, history and flags after the history moved to `present`. */
function moved(state: StudioState, present: Design, history: History<Design>) {
  return {
    design: present,
    history,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    selection: selectionWithin(present, state.selection),
  };
}

function withHistory(history: History<Design>) {
  return { history, canUndo: canUndo(history), canRedo: canRedo(history) };
}

/** A store holding one design; tests make their own, the page uses `studioStore`. */
export function createStudioStore(design: Design = emptyDesign()): StoreApi<StudioState> {
  return createStore<StudioState>()((set, get) => ({
    design,
    selection: null,
    history: createHistory<Design>(),
    canUndo: false,
    canRedo: false,
    notice: null,
    noticeLog: [],
    dispatch: (op, options = {}) => {
      const state = get();
      const next = op(state.design);
      if (next === state.design) {
        if (options.final && state.history.openKey !== null) {
          set(withHistory(closeStep(state.history)));
        }
        return;
      }
      let history = state.history;
      if (options.capture !== 'ignore') {
        history = record(history, state.design, {
          ...(options.coalesceKey !== undefined && { coalesceKey: options.coalesceKey }),
          ...(options.label !== undefined && { label: options.label }),
        });
      }
      if (options.final) history = closeStep(history);
      set({ design: next, ...withHistory(history) });
    },
    replaceDesign: (next, options = {}) => {
      const state = get();
      if (next === state.design) return;
      const history = closeStep(
        record(
          closeStep(state.history),
          state.design,
          options.label === undefined ? {} : { label: options.label },
        ),
      );
      set(moved(state, next, history));
    },
    loadDesign: (next) => set({ design: next, selection: null, ...withHistory(createHistory()) }),
    undo: () => {
      if (undoDriver !== null) return undoDriver.undo();
      const state = get();
      const back = undo(state.history, state.design);
      if (back) set(moved(state, back.present, back.history));
    },
    redo: () => {
      if (undoDriver !== null) return undoDriver.redo();
      const state = get();
      const forward = redo(state.history, state.design);
      if (forward) set(moved(state, forward.present, forward.history));
    },
    mark: (name) => {
      const state = get();
      set(withHistory(mark(state.history, name, state.design)));
    },
    bailToMark: (name) => {
      const state = get();
      const bailed = bailToMark(state.history, name);
      if (bailed) set(moved(state, bailed.present, bailed.history));
    },
    select: (selection) => set({ selection }),
    showNotice: (notice) =>
      set((state) => ({ notice, noticeLog: logNotice(state.noticeLog, notice, Date.now()) })),
    dismissNotice: (id) => {
      const { notice } = get();
      if (notice !== null && (id === undefined || notice.id === id)) set({ notice: null });
    },
  }));
}

/** The store of the page. */
export const studioStore = createStudioStore();

/** Reads a slice of the page's store and re-renders when it changes. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(studioStore, selector);
}
