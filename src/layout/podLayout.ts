import type { Design, Position } from '../model/types';

/** How ELK drew one edge: the points of its path and where its label's corner is. */
export interface EdgeRoute {
  points: Position[];
  label?: Position;
}

/** A laid-out pod: where each node goes and how each edge runs, inside the pod. */
export interface PodLayout {
  /** By node id (`container:NAME`, `volume:NAME`), relative to the pod's corner. */
  positions: Record<string, Position>;
  /** By edge id, in the same coordinates. */
  routes: Record<string, EdgeRoute>;
}

/**
 * `design` with every container and volume at the place `layout` gives it. (Apart from the
 * layout itself, so that the page can apply a layout without loading the layout code first.)
 */
export function withLayout(design: Design, layout: PodLayout): Design {
  const positions: Record<string, Position> = {};
  for (const [id, position] of Object.entries(layout.positions)) positions[id] = position;
  return { ...design, positions };
}
