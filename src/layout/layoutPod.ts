import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Design, Position } from '../model/types';
import { podGraph } from './graph';
import type { EdgeRoute, PodLayout } from './podLayout';
import { POD_ORIGIN } from './sizes';

export type { EdgeRoute, PodLayout } from './podLayout';
export { withLayout } from './podLayout';

const round = (value: number) => Math.round(value);
const shift = (point: { x?: number; y?: number }): Position => ({
  x: round((point.x ?? 0) + POD_ORIGIN.x),
  y: round((point.y ?? 0) + POD_ORIGIN.y),
});

function routeOf(edge: ElkExtendedEdge): EdgeRoute | null {
  const section = edge.sections?.[0];
  if (!section) return null;
  const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(shift);
  const label = edge.labels?.[0];
  const route: EdgeRoute = { points };
  if (label?.x !== undefined) route.label = shift(label);
  return route;
}

/** The positions and routes ELK computed for `graph`. */
export function readLayout(graph: ElkNode): PodLayout {
  const positions: Record<string, Position> = {};
  for (const child of graph.children ?? []) positions[child.id] = shift(child);
  const routes: Record<string, EdgeRoute> = {};
  for (const edge of graph.edges ?? []) {
    const route = routeOf(edge);
    if (route) routes[edge.id] = route;
  }
  return { positions, routes };
}

/**
 * Lays out the pod of `design` with `elk` (an `elkjs` instance, which the caller loads: the
 * browser lazily, Node directly). Nodes never overlap; every edge label has a place of its own.
 */
export async function layoutPod(elk: ELK, design: Design): Promise<PodLayout> {
  return readLayout(await elk.layout(podGraph(design)));
}
