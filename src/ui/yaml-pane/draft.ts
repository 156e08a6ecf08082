import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * Text typed in the manifest editor that the diagram never showed (it did not parse, or typing
 * had not paused yet) when a change made elsewhere rewrote the editor. It is kept, never silently
 * lost: the person can put it back, or let it go.
 */
export interface DraftState {
  /** The typed text that was replaced, or null. */
  kept: string | null;
  /** Text the editor is asked to show again; the editor clears it once done. */
  restoring: string | null;
}

export const draftStore = createStore<DraftState>()(() => ({ kept: null, restoring: null }));

/** Keeps `text` as the draft the editor just replaced. */
export function keepDraft(text: string): void {
  draftStore.setState({ kept: text });
}

/** Puts the kept draft back into the editor (one editor undo step). */
export function restoreDraft(): void {
  const { kept } = draftStore.getState();
  if (kept !== null) draftStore.setState({ kept: null, restoring: kept });
}

/** Lets the kept draft go. */
export function discardDraft(): void {
  draftStore.setState({ kept: null });
}

export function useDraft<T>(selector: (state: DraftState) => T): T {
  return useStore(draftStore, selector);
}
