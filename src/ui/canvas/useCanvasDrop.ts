import type { ReactFlowInstance } from '@xyflow/react';
import { type DragEvent, useCallback, useEffect, useRef } from 'react';
import { useStudio } from '../../store/studioStore';
import { itemSize } from '../palette/addItem';
import { decodeItem, PALETTE_MIME } from '../palette/paletteItems';
import { usePaletteAdd } from '../palette/usePaletteAdd';
import type { StudioEdge, StudioNode } from './flowTypes';
import { POD_HEADER, POD_PADDING } from './layout';

type Instance = ReactFlowInstance<StudioNode, StudioEdge>;

const FIT = { padding: 0.15, maxZoom: 1, duration: 200 };

/**
 * Dropping a palette item on the canvas: the item lands centred under the pointer, inside the
 * pod (whose corner is the canvas origin). Whenever the pod gains a container or volume (from the
 * palette, a drop or the manifest), the view moves so that everything is in sight.
 */
export function useCanvasDrop(): {
  onInit: (instance: Instance) => void;
  onDragOver: (event: DragEvent) => void;
  onDrop: (event: DragEvent) => void;
} {
  const instance = useRef<Instance | null>(null);
  const { add } = usePaletteAdd();
  const itemCount = useStudio(
    (state) => state.design.containers.length + state.design.volumes.length,
  );
  const seen = useRef(itemCount);

  useEffect(() => {
    const grew = itemCount > seen.current;
    seen.current = itemCount;
    if (grew) void instance.current?.fitView(FIT);
  }, [itemCount]);

  const onInit = useCallback((flow: Instance) => {
    instance.current = flow;
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = decodeItem(event.dataTransfer.getData(PALETTE_MIME));
      const flow = instance.current;
      if (!item || !flow) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const size = itemSize(item);
      add(item, {
        x: Math.round(Math.max(POD_PADDING, point.x - size.width / 2)),
        y: Math.round(Math.max(POD_HEADER + POD_PADDING / 2, point.y - size.height / 2)),
      });
    },
    [add],
  );

  return { onInit, onDragOver, onDrop };
}
