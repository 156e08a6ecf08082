import '@xyflow/react/dist/style.css';
import { Background, Controls, type NodeChange, ReactFlow } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { useStudio } from '../../store/studioStore';
import { withMovingPositions } from './dragPositions';
import type { StudioNode } from './flowTypes';
import { nodeTypes } from './nodeTypes';
import { markSelected, nodeIdOf, selectionOf } from './selection';
import { toFlow } from './toFlow';
import { useCanvasDrop } from './useCanvasDrop';
import { useNodeDrag } from './useNodeDrag';
import './canvas.css';

const fitViewOptions = { maxZoom: 1, padding: 0.15 };

function markCanvasReady(): void {
  performance.mark('canvas-ready');
}

/**
 * The pod drawn with React Flow. The design is the only source of what it shows; selecting is
 * session state and a dragged node lands in the design as a new position.
 */
export function PodCanvas() {
  const design = useStudio((state) => state.design);
  const selection = useStudio((state) => state.selection);
  const select = useStudio((state) => state.select);
  const flow = useMemo(() => toFlow(design), [design]);
  const { moving, onPositionChanges } = useNodeDrag();
  const drop = useCanvasDrop();
  const nodes = useMemo(
    () => withMovingPositions(markSelected(flow.nodes, nodeIdOf(selection)), moving),
    [flow, selection, moving],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<StudioNode>[]) => {
      let next: string | null | undefined;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        if (change.selected) next = change.id;
        else if (next === undefined) next = null;
      }
      if (next !== undefined) select(next === null ? null : selectionOf(next));
      onPositionChanges(changes);
    },
    [select, onPositionChanges],
  );

  return (
    <div className="pod-canvas">
      <ReactFlow
        nodes={nodes}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onInit={(instance) => {
          markCanvasReady();
          drop.onInit(instance);
        }}
        onDragOver={drop.onDragOver}
        onDrop={drop.onDrop}
        nodesConnectable={false}
        deleteKeyCode={null}
        colorMode="system"
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.25}
        maxZoom={2}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
