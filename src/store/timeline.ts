import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * Session state of the "Lifecycle" region: whether it is open, and which container acts in the
 * event the timeline shows now, so that the canvas can point at the same container. Never part of
 * the design or its history.
 */
export interface TimelineState {
  open: boolean;
  /** The container of the event shown now; `null` while the timeline is closed. */
  acting: string | null;
  setOpen: (open: boolean) => void;
  setActing: (name: string | null) => void;
}

/** A store of its own for tests; the page uses `timelineStore`. */
export function createTimelineStore(): StoreApi<TimelineState> {
  return createStore<TimelineState>()((set, get) => ({
    open: false,
    acting: null,
    setOpen: (open) => set(open ? { open } : { open, acting: null }),
    setActing: (acting) => {
      if (get().acting !== acting) set({ acting });
    },
  }));
}

/** The store of the page. */
export const timelineStore = createTimelineStore();

/** Reads a slice of the timeline state and re-renders when it changes. */
export function useTimeline<T>(selector: (state: TimelineState) => T): T {
  return useStore(timelineStore, selector);
}
