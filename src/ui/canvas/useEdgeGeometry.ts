import { useMemo } from 'react';
import type { PodLayout } from '../../layout/podLayout';
import { type EdgeInput, edgeGeometry } from './edgeGeometry';
import type { StudioEdge, StudioNode } from './flowTypes';
import { useLayoutState } from './layoutState';
import type { Box } from './reveal';

const same = (a: { x: number; y: number } | undefined, b: { x: number; y: number }) =>
  a !== undefined && a.x === b.x && a.y === b.y;

/** The boxes of the pod's children, by node id, in the canvas' coordinates. */
export function childBoxes(nodes: readonly StudioNode[]): Map<string, Box> {
  const pod = nodes.find((n) => n.type === 'pod');
  const origin = pod?.position ?? { x: 0, y: 0 };
  return new Map(
    nodes
      .filter((n) => n.type !== 'pod')
      .map((n) => [
        n.id,
        {
          x: origin.x + n.position.x,
          y: origin.y + n.position.y,
          width: n.width ?? 0,
          height: n.height ?? 0,
        },
      ]),
  );
}

/** The edges with their paths and label places for the nodes where they are drawn now. */
export function withGeometry(
  nodes: readonly StudioNode[],
  edges: readonly StudioEdge[],
  last: PodLayout | null,
): StudioEdge[] {
  const positions = new Map(nodes.map((n) => [n.id, n.position]));
  const inputs: EdgeInput[] = edges.map((edge) => {
    const route = last?.routes[edge.id];
    const fresh =
      route !== undefined &&
      [edge.source, edge.target].every((id) => {
        const at = positions.get(id);
        return at !== undefined && same(last?.positions[id], at);
      });
    const input: EdgeInput = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.data?.label ?? '',
    };
    if (fresh) input.route = route;
    return input;
  });
  const geometry = edgeGeometry(childBoxes(nodes), inputs);
  return edges.map((edge) => {
    const placed = geometry.get(edge.id);
    if (!edge.data || !placed) return edge;
    return { ...edge, data: { ...edge.data, geometry: placed } };
  });
}

/** {@link withGeometry} for the canvas, following the last automatic layout. */
export function useEdgeGeometry(
  nodes: readonly StudioNode[],
  edges: readonly StudioEdge[],
): StudioEdge[] {
  const last = useLayoutState((state) => state.last);
  return useMemo(() => withGeometry(nodes, edges, last), [nodes, edges, last]);
}
