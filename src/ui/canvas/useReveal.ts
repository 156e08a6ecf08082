import type { ReactFlowInstance } from '@xyflow/react';
import { type RefObject, useEffect, useRef } from 'react';
import type { Selection } from '../../store/studioStore';
import type { StudioEdge, StudioNode } from './flowTypes';
import { boxOf, centreOf, isInView } from './reveal';
import { nodeIdOf } from './selection';

/**
 * When the selection changes (on the canvas or elsewhere, e.g. from a warning) and its node is
 * not fully on screen, the canvas pans to it at the same zoom. Focus stays where it is.
 */
export function useReveal(
  instance: ReactFlowInstance<StudioNode, StudioEdge> | null,
  root: RefObject<HTMLElement | null>,
  nodes: readonly StudioNode[],
  selection: Selection,
): void {
  const latest = useRef(nodes);
  latest.current = nodes;
  const id = nodeIdOf(selection);

  useEffect(() => {
    const element = root.current;
    if (!instance || !element || id === null) return;
    const node = latest.current.find((n) => n.id === id);
    if (!node) return;
    const box = boxOf(node);
    const viewport = instance.getViewport();
    const size = { width: element.clientWidth, height: element.clientHeight };
    if (isInView(box, viewport, size)) return;
    const centre = centreOf(box);
    void instance.setCenter(centre.x, centre.y, { zoom: viewport.zoom, duration: 250 });
  }, [instance, root, id]);
}
