import type { ReactFlowInstance } from '@xyflow/react';
import { type DragEvent, useCallback, useEffect, useRef } from 'react';
import { studioStore, useStudio } from '../../store/studioStore';
import { itemSize, occupiedBoxes } from '../palette/addItem';
import { decodeItem, PALETTE_MIME } from '../palette/paletteItems';
import { usePaletteAdd } from '../palette/usePaletteAdd';
import type { StudioEdge, StudioNode } from './flowTypes';
import { requestFit } from './layoutState';

type Instance = ReactFlowInstance<StudioNode, StudioEdge>;

/**
 * Dropping a palette item on the canvas: the item lands centred under the pointer, inside the
 * pod (whose corner is the canvas origin), or on the nearest free space when that place is taken. Whenever the pod gains a container or volume (from the
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
    if (grew) requestFit();
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
      const wanted = { x: point.x - size.width / 2, y: point.y - size.height / 2 };
      void import('./dropSpot').then(({ dropSpot }) =>
        add(item, dropSpot(occupiedBoxes(studioStore.getState().design), wanted, size)),
      );
    },
    [add],
  );

  return { onInit, onDragOver, onDrop };
}
