import '@xyflow/react/dist/style.css';
import {
  Background,
  type Connection,
  Controls,
  type IsValidConnection,
  type NodeChange,
  ReactFlow,
  type ReactFlowInstance,
} from '@xyflow/react';
import {
  type KeyboardEvent,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { CANVAS_READY_MARK } from '../../store/afterCanvas';
import { type Selection, studioStore, useStudio } from '../../store/studioStore';
import { markCanvasInteractive } from '../app/earlyActions';
import { usePrefersDark } from '../components/usePrefersDark';
import { type ConnectRequest, connectRequestOf } from './connect';
import { withMovingPositions } from './dragPositions';
import { edgeTypes } from './edgeTypes';
import { fitViewport } from './fitDiagram';
import type { StudioEdge, StudioNode } from './flowTypes';
import { keepUnchanged } from './keepUnchanged';
import { needsLayout, useLayoutState } from './layoutState';
import { type MeasuredSize, recordMeasuredSizes, withMeasuredSizes } from './measuredSizes';
import { nodeTypes } from './nodeTypes';
import { ReadySignal } from './ReadySignal';
import { isRemoveKey } from './removal';
import { markSelected, nodeIdOf, selectionOf } from './selection';
import { POD_NODE_ID, toFlow } from './toFlow';
import { typedInEditor, useAutoLayout } from './useAutoLayout';
import { useCanvasDrop } from './useCanvasDrop';
import { useEdgeGeometry } from './useEdgeGeometry';
import { useNodeDrag } from './useNodeDrag';
import { useReveal } from './useReveal';
import './canvas.css';

// The dialogs open only after a gesture, so they load then, not with the page.
const LinkDialog = lazy(() =>
  import('./dialogs/LinkDialog').then((module) => ({ default: module.LinkDialog })),
);
const MountDialog = lazy(() =>
  import('./dialogs/MountDialog').then((module) => ({ default: module.MountDialog })),
);
const RemoveDialog = lazy(() =>
  import('./dialogs/RemoveDialog').then((module) => ({ default: module.RemoveDialog })),
);

let ready = false;

function markCanvasReady(): void {
  if (ready) return;
  ready = true;
  performance.mark(CANVAS_READY_MARK);
  markCanvasInteractive();
}

/**
 * Fits the view to the pod whenever a fit is asked for (a design arrived, a layout finished, the
 * pod grew) and once when the canvas is ready.
 */
function useFitRequests(
  instance: ReactFlowInstance<StudioNode, StudioEdge> | null,
  root: { current: HTMLElement | null },
  nodes: readonly StudioNode[],
): void {
  const requests = useLayoutState((state) => state.fitRequests);
  const latest = useRef(nodes);
  latest.current = nodes;
  useEffect(() => {
    const element = root.current;
    const pod = latest.current.find((n) => n.id === POD_NODE_ID);
    if (!instance || !element || !pod) return;
    const frame = requestAnimationFrame(() => {
      const bounds = {
        x: pod.position.x,
        y: pod.position.y,
        width: pod.width ?? 0,
        height: pod.height ?? 0,
      };
      const size = { width: element.clientWidth, height: element.clientHeight };
      if (size.width === 0 || size.height === 0) return;
      void instance.setViewport(fitViewport(bounds, size, latest.current.length - 1));
      element.dataset.fitted = String(requests);
    });
    return () => cancelAnimationFrame(frame);
  }, [instance, root, requests]);
}

/** The list, with the objects of the previous render kept where their content is the same. */
function useKeptIdentity<T extends { id: string }>(next: T[], ignored?: string): T[] {
  const previous = useRef<T[]>([]);
  return useMemo(() => {
    const kept = keepUnchanged(previous.current, next, ignored) as T[];
    previous.current = kept;
    return kept;
  }, [next, ignored]);
}

/** What the canvas is asking the person about, if anything. */
type Prompt =
  | { kind: 'connect'; request: ConnectRequest }
  | { kind: 'remove'; item: NonNullable<Selection> };

/** The element of a node, to give focus back to it. */
function nodeElement(root: HTMLElement | null, id: string | null): HTMLElement | null {
  if (!root || id === null) return null;
  return root.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

/**
 * The pod drawn with React Flow. The design is the only source of what it shows; selecting is
 * session state, a dragged node lands in the design as a new position, and dragging from a
 * container's dot onto a volume or another container asks how to connect them.
 */
export function PodCanvas() {
  const prefersDark = usePrefersDark();
  const design = useStudio((state) => state.design);
  const selection = useStudio((state) => state.selection);
  const select = useStudio((state) => state.select);
  const flow = useMemo(() => toFlow(design), [design]);
  const drag = useNodeDrag();
  const drop = useCanvasDrop();
  const root = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<ReactFlowInstance<StudioNode, StudioEdge> | null>(null);
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const laying = useLayoutState((state) => state.running);
  useReveal(instance, root, flow.nodes, selection);
  const sizes = useRef(new Map<string, MeasuredSize>());
  const nodes = useKeptIdentity(
    useMemo(
      () =>
        withMeasuredSizes(
          withMovingPositions(markSelected(flow.nodes, nodeIdOf(selection)), drag.moving),
          sizes.current,
        ),
      [flow, selection, drag.moving],
    ),
    'measured',
  );
  const edges = useKeptIdentity(useEdgeGeometry(nodes, flow.edges));
  useAutoLayout();
  useFitRequests(instance, root, flow.nodes);

  const { onPositionChanges } = drag;
  const onNodesChange = useCallback(
    (changes: NodeChange<StudioNode>[]) => {
      let next: string | null | undefined;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        if (change.selected) next = change.id;
        else if (next === undefined) next = null;
      }
      if (next !== undefined) select(next === null ? null : selectionOf(next));
      recordMeasuredSizes(sizes.current, changes);
      onPositionChanges(changes);
    },
    [select, onPositionChanges],
  );

  const isValidConnection = useCallback<IsValidConnection<StudioEdge>>(
    (connection) =>
      connectRequestOf(studioStore.getState().design, connection.source, connection.target) !==
      null,
    [],
  );

  const onConnect = useCallback((connection: Connection) => {
    const request = connectRequestOf(
      studioStore.getState().design,
      connection.source,
      connection.target,
    );
    if (request) setPrompt({ kind: 'connect', request });
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (!isRemoveKey(event.key) || prompt !== null) return;
      if (!(event.target instanceof HTMLElement) || !event.target.closest('.react-flow__node')) {
        return;
      }
      if (selection === null) return;
      event.preventDefault();
      setPrompt({ kind: 'remove', item: selection });
    },
    [prompt, selection],
  );

  const close = useCallback(() => setPrompt(null), []);
  const focusBack = useCallback(() => {
    if (prompt?.kind === 'connect') {
      const from = prompt.request.kind === 'mount' ? prompt.request.container : prompt.request.from;
      return nodeElement(root.current, `container:${from}`);
    }
    return nodeElement(root.current, nodeIdOf(studioStore.getState().selection) ?? 'pod');
  }, [prompt]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys come from the focused node inside
    <div
      className="pod-canvas"
      ref={root}
      onKeyDown={onKeyDown}
      data-layout={laying || (needsLayout(design) && !typedInEditor()) ? 'running' : 'idle'}
    >
      <ReactFlow<StudioNode, StudioEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStart={drag.onNodeDragStart}
        onNodeDragStop={drag.onNodeDragStop}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onInit={(flowInstance) => {
          setInstance(flowInstance);
          drop.onInit(flowInstance);
        }}
        onDragOver={drop.onDragOver}
        onDrop={drop.onDrop}
        edgesFocusable={false}
        deleteKeyCode={null}
        // Follows the system scheme, starting from the scheme the page was rendered with at build
        // time so that the first render matches it.
        colorMode={prefersDark ? 'dark' : 'light'}
        minZoom={0.25}
        maxZoom={2}
      >
        <ReadySignal onReady={markCanvasReady} />
        <Background gap={20} />
        <Controls showInteractive={false} />
      </ReactFlow>
      <Suspense fallback={null}>
        {prompt?.kind === 'connect' && prompt.request.kind === 'mount' && (
          <MountDialog
            container={prompt.request.container}
            volume={prompt.request.volume}
            onClose={close}
            fallbackFocus={focusBack}
          />
        )}
        {prompt?.kind === 'connect' && prompt.request.kind === 'link' && (
          <LinkDialog
            from={prompt.request.from}
            to={prompt.request.to}
            onClose={close}
            fallbackFocus={focusBack}
          />
        )}
        {prompt?.kind === 'remove' && (
          <RemoveDialog item={prompt.item} onClose={close} fallbackFocus={focusBack} />
        )}
      </Suspense>
    </div>
  );
}
