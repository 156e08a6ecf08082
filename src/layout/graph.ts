import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { isInInitContainers } from '../model/placement';
import type { Design } from '../model/types';
import { containerNodeId, linkEdgeId, mountEdgeId, volumeNodeId } from './ids';
import { linkLabel, mountLabel } from './labels';
import { CONTAINER_SIZE, labelSize, VOLUME_SIZE } from './sizes';

/**
 * The columns of the diagram, left to right: what starts first (init containers and native
 * sidecars, in start order), then the app's containers (main containers with their legacy
 * sidecars), then the volumes.
 */
const COLUMN = { start: '0', app: '1', volumes: '2' } as const;

/**
 * ELK's layered algorithm, left to right. Model order is kept inside a column, so init containers
 * read top to bottom in start order and legacy sidecars stay beside the main containers they
 * serve; edges are routed orthogonally around nodes, and every label gets a place of its own.
 */
export const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.partitioning.activate': 'true',
  'elk.separateConnectedComponents': 'false',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // A pod is a small graph: one sweep of crossing minimisation is enough, and keeps it fast.
  'elk.layered.thoroughness': '1',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.spacing.nodeNode': '14',
  'elk.layered.spacing.nodeNodeBetweenLayers': '28',
  'elk.spacing.edgeNode': '10',
  'elk.layered.spacing.edgeNodeBetweenLayers': '10',
  'elk.spacing.edgeEdge': '6',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
  'elk.spacing.edgeLabel': '2',
  'elk.spacing.labelLabel': '2',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

/** The ELK graph of a design's pod: its containers, volumes, mounts and port links. */
export function podGraph(design: Design): ElkNode {
  const containers: ElkNode[] = design.containers
    .map((container, index) => ({ container, index }))
    .sort((a, b) => {
      // Init containers and native sidecars first, in initContainers order; then the rest.
      const rank = (c: typeof a) => (isInInitContainers(design, c.container) ? 0 : 1);
      return rank(a) - rank(b) || a.index - b.index;
    })
    .map(({ container }) => ({
      id: containerNodeId(container.name),
      ...CONTAINER_SIZE,
      layoutOptions: {
        'elk.partitioning.partition': isInInitContainers(design, container)
          ? COLUMN.start
          : COLUMN.app,
      },
    }));
  const volumes: ElkNode[] = design.volumes.map((volume) => ({
    id: volumeNodeId(volume.name),
    ...VOLUME_SIZE,
    layoutOptions: { 'elk.partitioning.partition': COLUMN.volumes },
  }));
  const volumeNames = new Set(design.volumes.map((v) => v.name));
  const containerNames = new Set(design.containers.map((c) => c.name));
  const edge = (id: string, source: string, target: string, text: string): ElkExtendedEdge => ({
    id,
    sources: [source],
    targets: [target],
    labels: [{ id: `${id}#label`, text, ...labelSize(text) }],
  });
  const mounts = design.containers.flatMap((container) =>
    container.mounts
      .filter((mount) => volumeNames.has(mount.volume))
      .map((mount) =>
        edge(
          mountEdgeId(container.name, mount.volume, mount.mountPath),
          containerNodeId(container.name),
          volumeNodeId(mount.volume),
          mountLabel(mount.mountPath, mount.readOnly === true),
        ),
      ),
  );
  const links = design.links
    .filter((link) => containerNames.has(link.from) && containerNames.has(link.to))
    .map((link) =>
      edge(
        linkEdgeId(link.from, link.to, link.port),
        containerNodeId(link.from),
        containerNodeId(link.to),
        linkLabel(link.port),
      ),
    );
  return {
    id: 'pod',
    layoutOptions: LAYOUT_OPTIONS,
    children: [...containers, ...volumes],
    edges: [...mounts, ...links],
  };
}
