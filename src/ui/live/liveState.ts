import { createStore } from 'zustand/vanilla';
import type { Design } from '../../model/types';
import type { OpenDocument } from '../../store/document';

/**
 * Where the live session stands: `off` (none), `connecting`, `connected`, `offline` (edits are
 * kept and merge on return), `refused` (the link's key does not open the session; nothing of
 * its design is shown).
 */
export type LivePhase = 'off' | 'connecting' | 'connected' | 'offline' | 'refused';

export interface Person {
  clientId: number;
  name: string;
  colour: string;
  /** The canvas node they have selected (`container:NAME`, `volume:NAME`). */
  selection: string | null;
  /** Their pointer on the canvas, in diagram coordinates. */
  pointer: { x: number; y: number } | null;
  self: boolean;
}

export interface LiveState {
  phase: LivePhase;
  /** The live link to hand to others; null when no session runs. */
  link: string | null;
  /** True once the session's design is here (at once for the one who started it). */
  joined: boolean;
  people: Person[];
  /** What went wrong, for a person. */
  error: string | null;
  /** Messages dropped because they could not be read (altered, or another key). */
  dropped: number;
  /** The panel is open (the session runs in the background when it is closed). */
  panelOpen: boolean;
  /**
   * What the person had open before joining another person's session: it stays saved as it is
   * while they are in the session, and comes back when they leave. Null for whoever started it.
   */
  own: { design: Design; open: OpenDocument | null } | null;
}

export const LIVE_OFF: LiveState = {
  phase: 'off',
  link: null,
  joined: false,
  people: [],
  error: null,
  dropped: 0,
  panelOpen: false,
  own: null,
};

/** The live session's state, for the page. Small and free of Yjs, so the toolbar can read it. */
export const liveStore = createStore<LiveState>()(() => LIVE_OFF);

/** The live module, loaded on first use only: nothing of it is on the first paint. */
export function loadLive() {
  return import('./liveSession');
}

/** True for a live link's fragment (`#live=…`); the live module reads the rest. */
export function isLiveFragment(hash: string): boolean {
  return hash.startsWith('#live=');
}

/**
 * True while the person is in a session they joined: the session's design is not saved over
 * their own, which comes back when they leave.
 */
export function isInJoinedLiveSession(): boolean {
  return liveStore.getState().own !== null;
}
