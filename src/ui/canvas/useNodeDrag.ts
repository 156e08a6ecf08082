import type { NodeChange } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { setPosition } from '../../model/ops';
import { useStudio } from '../../store/studioStore';
import { type MovingPositions, splitPositionChanges } from './dragPositions';
import type { StudioNode } from './flowTypes';

/**
 * Dragging on the canvas: while a node moves it is drawn from local state; when it lands (or is
 * moved with the keyboard) its position becomes part of the design in one op.
 */
export function useNodeDrag(): {
  moving: MovingPositions;
  onPositionChanges: (changes: NodeChange<StudioNode>[]) => void;
} {
  const dispatch = useStudio((state) => state.dispatch);
  const [moving, setMoving] = useState<MovingPositions>({});

  const onPositionChanges = useCallback(
    (changes: NodeChange<StudioNode>[]) => {
      const { moving: stillMoving, landed } = splitPositionChanges(changes);
      if (landed.length > 0) {
        dispatch((design) =>
          landed.reduce((next, { id, position }) => setPosition(next, id, position), design),
        );
      }
      if (landed.length > 0 || Object.keys(stillMoving).length > 0) {
        setMoving((previous) => {
          const next: Record<string, MovingPositions[string]> = { ...previous, ...stillMoving };
          for (const { id } of landed) delete next[id];
          return next;
        });
      }
    },
    [dispatch],
  );

  return { moving, onPositionChanges };
}
