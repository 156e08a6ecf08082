import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { PodLayout } from '../../layout/podLayout';
import type { Design } from '../../model/types';

/**
 * What the canvas knows of the last automatic layout (session state, never saved): the routes of
 * its edges, drawn while both ends of an edge stay where the layout put them; whether a layout is
 * running; and a counter the canvas watches to fit the view.
 */
export interface LayoutState {
  last: PodLayout | null;
  running: boolean;
  fitRequests: number;
}

export const layoutStore = createStore<LayoutState>()(() => ({
  last: null,
  running: false,
  fitRequests: 0,
}));

export function useLayoutState<T>(selector: (state: LayoutState) => T): T {
  return useStore(layoutStore, selector);
}

/** Asks the canvas to fit the view to the diagram once it has drawn it. */
export function requestFit(): void {
  layoutStore.setState((state) => ({ fitRequests: state.fitRequests + 1 }));
}

/** True when `design` has containers or volumes and none of them has a place on the canvas. */
export function needsLayout(design: Design): boolean {
  const ids = [
    ...design.containers.map((c) => `container:${c.name}`),
    ...design.volumes.map((v) => `volume:${v.name}`),
  ];
  return ids.length > 0 && ids.every((id) => design.positions[id] === undefined);
}
