import { initContainersOf, isLegacySidecar, isNativeSidecar } from '../../model/placement';
import type { Container, Design, Position } from '../../model/types';
import type {
  ContainerNode,
  ContainerPlacement,
  Flow,
  MountEdge,
  PodNode,
  VolumeNode,
} from './flowTypes';
import { CONTAINER_SIZE, gridPosition, podSize, VOLUME_SIZE } from './layout';

export const POD_NODE_ID = 'pod';
export const containerNodeId = (name: string): string => `container:${name}`;
export const volumeNodeId = (name: string): string => `volume:${name}`;

const BADGES: Record<ContainerPlacement, string> = {
  main: 'Main',
  'native-sidecar': 'Sidecar · native',
  'legacy-sidecar': 'Sidecar · legacy',
  init: 'Init',
};

/** How `container` runs in `design`: main, native or legacy sidecar, or init. */
export function placementOf(design: Design, container: Container): ContainerPlacement {
  if (isNativeSidecar(design, container)) return 'native-sidecar';
  if (isLegacySidecar(design, container)) return 'legacy-sidecar';
  return container.role === 'init' ? 'init' : 'main';
}

/** The workload's name as written in its metadata, or a stand-in when it has none. */
export function workloadName(design: Design): string {
  const name = design.metadata.name;
  return typeof name === 'string' && name !== '' ? name : '(unnamed)';
}

/**
 * The canvas for a design: one pod group node holding a node per container (init containers and
 * native sidecars on the first row in `initContainers` order, then main containers and legacy
 * sidecars) and per volume (last row), and one edge per mount. Saved canvas positions win over
 * the default rows. Every node has a fixed size, so the canvas draws it without measuring first.
 */
export function toFlow(design: Design): Flow {
  const initRow = initContainersOf(design);
  const initOrder = new Map(initRow.map((c, i) => [c.name, i + 1]));
  const appRow = design.containers.filter((c) => !initOrder.has(c.name));
  const rows = [initRow, appRow].filter((row) => row.length > 0);

  const containerNodes: ContainerNode[] = rows.flatMap((row, rowIndex) =>
    row.map((container, index) => {
      const placement = placementOf(design, container);
      const id = containerNodeId(container.name);
      const order = initOrder.get(container.name);
      const image = container.raw.image;
      const data: ContainerNode['data'] = {
        name: container.name,
        placement,
        badge: BADGES[placement],
      };
      if (order !== undefined) data.initOrder = order;
      if (typeof image === 'string') data.image = image;
      return {
        id,
        type: 'container',
        parentId: POD_NODE_ID,
        extent: 'parent',
        position: savedOr(design, id, gridPosition(rowIndex, index, CONTAINER_SIZE.width)),
        ...CONTAINER_SIZE,
        ariaLabel: container.name,
        deletable: false,
        data,
      };
    }),
  );

  const volumeRow = rows.length;
  const volumeNodes: VolumeNode[] = design.volumes.map((volume, index) => {
    const id = volumeNodeId(volume.name);
    return {
      id,
      type: 'volume',
      parentId: POD_NODE_ID,
      extent: 'parent',
      position: savedOr(design, id, gridPosition(volumeRow, index, VOLUME_SIZE.width)),
      ...VOLUME_SIZE,
      ariaLabel: `Volume ${volume.name}`,
      deletable: false,
      data: { name: volume.name, type: volume.type },
    };
  });

  const children = [...containerNodes, ...volumeNodes];
  const name = workloadName(design);
  const pod: PodNode = {
    id: POD_NODE_ID,
    type: 'pod',
    position: { x: 0, y: 0 },
    ...podSize(
      children.map((n) => ({ position: n.position, width: n.width ?? 0, height: n.height ?? 0 })),
    ),
    ariaLabel: `${design.kind} ${name}`,
    draggable: false,
    selectable: false,
    deletable: false,
    data: { kind: design.kind, name, empty: design.containers.length === 0 },
  };

  return { nodes: [pod, ...children], edges: mountEdges(design) };
}

function savedOr(design: Design, id: string, fallback: Position): Position {
  const saved = design.positions[id];
  return saved ? { x: saved.x, y: saved.y } : fallback;
}

function mountEdges(design: Design): MountEdge[] {
  const volumes = new Set(design.volumes.map((v) => v.name));
  return design.containers.flatMap((container) =>
    container.mounts
      .filter((mount) => volumes.has(mount.volume))
      .map((mount) => {
        const readOnly = mount.readOnly === true;
        return {
          id: `mount:${container.name}:${mount.volume}:${mount.mountPath}`,
          source: containerNodeId(container.name),
          target: volumeNodeId(mount.volume),
          label: mount.mountPath,
          ariaLabel: `${container.name} mounts ${mount.volume} at ${mount.mountPath}${readOnly ? ', read-only' : ''}`,
          deletable: false,
          data: { mountPath: mount.mountPath, readOnly },
        };
      }),
  );
}
