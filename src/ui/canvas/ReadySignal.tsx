import { useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';

/**
 * Calls `onReady` once React Flow can pan, zoom and drag: when its zoom pane is set up, which
 * happens in the same flush of effects that lets each node be dragged. Rendered inside ReactFlow.
 */
export function ReadySignal({ onReady }: { onReady: () => void }) {
  const store = useStoreApi();
  useEffect(() => {
    if (store.getState().panZoom) {
      onReady();
      return;
    }
    const unsubscribe = store.subscribe((state) => {
      if (!state.panZoom) return;
      unsubscribe();
      onReady();
    });
    return unsubscribe;
  }, [store, onReady]);
  return null;
}
