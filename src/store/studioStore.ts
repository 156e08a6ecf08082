import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyDesign } from '../model/create';
import type { Design } from '../model/types';

/**
 * A change to the document: a pure function from one design to the next, usually one of the
 * model's ops with its arguments, e.g. `(d) => addContainer(d, 'main', { name: 'app' })`.
 */
export type DesignOp = (design: Design) => Design;

/** What is selected on the canvas. Session state: never part of the design or its history. */
export type Selection =
  | { kind: 'container'; name: string }
  | { kind: 'volume'; name: string }
  | null;

export interface StudioState {
  /** The document. Replaced, never mutated: derived values are memoised on its identity. */
  design: Design;
  selection: Selection;
  /**
   * Applies one op to the design. An op that returns the same design changes nothing; an op that
   * throws (OpError) leaves the design as it was and the error reaches the caller.
   */
  dispatch: (op: DesignOp) => void;
  select: (selection: Selection) => void;
}

/** A store holding one design; tests make their own, the page uses `studioStore`. */
export function createStudioStore(design: Design = emptyDesign()): StoreApi<StudioState> {
  return createStore<StudioState>()((set, get) => ({
    design,
    selection: null,
    dispatch: (op) => {
      const current = get().design;
      const next = op(current);
      if (next !== current) set({ design: next });
    },
    select: (selection) => set({ selection }),
  }));
}

/** The store of the page. */
export const studioStore = createStudioStore();

/** Reads a slice of the page's store and re-renders when it changes. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(studioStore, selector);
}
