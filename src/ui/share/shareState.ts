import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Design } from '../../model/types';

/**
 * Where the person stands with a design opened from a share link:
 * - `none`: no shared design, or it is no longer within reach;
 * - `looking`: the shared design is shown and is not theirs yet, so nothing is saved;
 * - `back`: they went back to their own design (redo shows the shared one again);
 * - `kept`: they edited the shared design or chose to keep it: it is their design now.
 */
export type SharePhase = 'none' | 'looking' | 'back' | 'kept';

export interface ShareState {
  phase: SharePhase;
  /** The design the link held, exactly as it was opened. */
  shared: Design | null;
  /** The person's own design when the link was opened. */
  own: Design | null;
  /** What was left out of the shared design on the way in. */
  notes: readonly string[];
  /** A link the clipboard refused, shown for copying by hand; null when none is waiting. */
  linkToCopy: string | null;
}

const initial: ShareState = { phase: 'none', shared: null, own: null, notes: [], linkToCopy: null };

/** The share state of the page. */
export const shareStore = createStore<ShareState>()(() => initial);

/** Reads a slice of the share state and re-renders when it changes. */
export function useShare<T>(selector: (state: ShareState) => T): T {
  return useStore(shareStore, selector);
}

/**
 * True while the person is only looking at a shared design: saving must wait, so that their own
 * saved design is never replaced by a design they have not chosen.
 */
export function isLookingAtSharedDesign(): boolean {
  return shareStore.getState().phase === 'looking';
}

/**
 * The phase after the design changed to `design`. While looking, going back to the own design
 * (undo) is `back`, and any other design (an edit, an import) makes the shared one theirs. From
 * `back`, the shared design again (redo) is `looking`; anything else puts it out of reach.
 */
export function phaseAfter(
  phase: SharePhase,
  design: Design,
  shared: Design | null,
  own: Design | null,
): SharePhase {
  if (shared === null) return 'none';
  switch (phase) {
    case 'looking':
      if (design === shared) return 'looking';
      return design === own ? 'back' : 'kept';
    case 'back':
      if (design === shared) return 'looking';
      return design === own ? 'back' : 'none';
    case 'kept':
    case 'none':
      return phase;
  }
}
