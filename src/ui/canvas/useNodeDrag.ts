import type { NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { setPosition } from '../../model/ops';
import { studioStore, useStudio } from '../../store/studioStore';
import { type MovingPositions, moveOptions, splitPositionChanges } from './dragPositions';
import type { StudioNode } from './flowTypes';

/** The history mark set when a drag starts; Escape goes back to it. */
const DRAG_MARK = 'canvas-drag';
/** After this long without an arrow key, the nudges so far are one finished undo step. */
const NUDGE_IDLE_MS = 800;

interface DragInProgress {
  cancelled: boolean;
  stopListening: () => void;
}

/**
 * Moving nodes on the canvas. While a node is dragged it is drawn from local state; when it lands
 * its position becomes part of the design in one undo step. Escape during a drag puts the node
 * back and leaves no undo step. Arrow-key nudges of the selected node coalesce into one step.
 */
export function useNodeDrag(): {
  moving: MovingPositions;
  onPositionChanges: (changes: NodeChange<StudioNode>[]) => void;
  onNodeDragStart: () => void;
  onNodeDragStop: () => void;
} {
  const dispatch = useStudio((state) => state.dispatch);
  const mark = useStudio((state) => state.mark);
  const bailToMark = useStudio((state) => state.bailToMark);
  const [moving, setMoving] = useState<MovingPositions>({});
  const drag = useRef<DragInProgress | null>(null);
  const nudge = useRef<{ key: string; timer: number } | null>(null);

  const closeNudge = useCallback(() => {
    const open = nudge.current;
    if (open === null) return;
    window.clearTimeout(open.timer);
    nudge.current = null;
    if (studioStore.getState().history.openKey === open.key) {
      dispatch((design) => design, { final: true });
    }
  }, [dispatch]);

  useEffect(
    () => () => {
      drag.current?.stopListening();
      if (nudge.current) window.clearTimeout(nudge.current.timer);
    },
    [],
  );

  const onPositionChanges = useCallback(
    (changes: NodeChange<StudioNode>[]) => {
      if (drag.current?.cancelled) return;
      const { moving: stillMoving, landed } = splitPositionChanges(changes);
      if (landed.length > 0) {
        const options = moveOptions(
          drag.current ? 'drag' : 'keys',
          landed.map((l) => l.id),
        );
        if (options.coalesceKey === undefined || nudge.current?.key !== options.coalesceKey) {
          closeNudge();
        }
        dispatch(
          (design) =>
            landed.reduce((next, { id, position }) => setPosition(next, id, position), design),
          options,
        );
        const key = options.coalesceKey;
        if (key !== undefined) {
          if (nudge.current) window.clearTimeout(nudge.current.timer);
          nudge.current = { key, timer: window.setTimeout(closeNudge, NUDGE_IDLE_MS) };
        }
      }
      if (landed.length > 0 || Object.keys(stillMoving).length > 0) {
        setMoving((previous) => {
          const next: Record<string, MovingPositions[string]> = { ...previous, ...stillMoving };
          for (const { id } of landed) delete next[id];
          return next;
        });
      }
    },
    [dispatch, closeNudge],
  );

  const onNodeDragStart = useCallback(() => {
    closeNudge();
    drag.current?.stopListening();
    mark(DRAG_MARK);
    const onKeyDown = (event: KeyboardEvent) => {
      const current = drag.current;
      if (event.key !== 'Escape' || current === null || current.cancelled) return;
      event.preventDefault();
      event.stopPropagation();
      current.cancelled = true;
      setMoving({});
      bailToMark(DRAG_MARK);
    };
    window.addEventListener('keydown', onKeyDown, true);
    drag.current = {
      cancelled: false,
      stopListening: () => window.removeEventListener('keydown', onKeyDown, true),
    };
  }, [mark, bailToMark, closeNudge]);

  const onNodeDragStop = useCallback(() => {
    drag.current?.stopListening();
    drag.current = null;
  }, []);

  return { moving, onPositionChanges, onNodeDragStart, onNodeDragStop };
}
