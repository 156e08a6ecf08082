import { kubectlDefault } from '../../model/kubectlDefault';
import { initContainersOf, isLegacySidecar, isNativeSidecar } from '../../model/placement';
import type { Container, Design, Position } from '../../model/types';
import {
  type ContainerNode,
  type ContainerPlacement,
  type Flow,
  HANDLES,
  type PodNode,
  type StudioEdge,
  type VolumeNode,
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
 * sidecars) and per volume (last row), one edge per mount and one per port link. Saved canvas
 * positions win over the default rows. Every node has a fixed size, so the canvas draws it without
 * measuring first. Nodes come in the order a keyboard visits them: the pod, the containers in
 * declaration order, then the volumes.
 */
export function toFlow(design: Design): Flow {
  const initRow = initContainersOf(design);
  const initOrder = new Map(initRow.map((c, i) => [c.name, i + 1]));
  const appRow = design.containers.filter((c) => !initOrder.has(c.name));
  const rows = [initRow, appRow].filter((row) => row.length > 0);
  const kubectlPick = kubectlDefault(design).container?.name;

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
      if (container.name === kubectlPick) data.kubectlDefault = true;
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

  const declared = new Map(design.containers.map((c, i) => [containerNodeId(c.name), i]));
  containerNodes.sort((a, b) => (declared.get(a.id) ?? 0) - (declared.get(b.id) ?? 0));
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

  return { nodes: [pod, ...children], edges: [...mountEdges(design), ...linkEdges(design)] };
}

function savedOr(design: Design, id: string, fallback: Position): Position {
  const saved = design.positions[id];
  return saved ? { x: saved.x, y: saved.y } : fallback;
}

function mountEdges(design: Design): StudioEdge[] {
  const volumes = new Set(design.volumes.map((v) => v.name));
  return design.containers.flatMap((container) =>
    container.mounts
      .filter((mount) => volumes.has(mount.volume))
      .map((mount): StudioEdge => {
        const readOnly = mount.readOnly === true;
        return {
          id: `mount:${container.name}:${mount.volume}:${mount.mountPath}`,
          source: containerNodeId(container.name),
          sourceHandle: HANDLES.connect,
          target: volumeNodeId(mount.volume),
          targetHandle: HANDLES.in,
          label: readOnly ? `${mount.mountPath} (read-only)` : mount.mountPath,
          ariaLabel: `${container.name} mounts ${mount.volume} at ${mount.mountPath}${readOnly ? ', read-only' : ''}`,
          className: readOnly
            ? 'studio-edge studio-edge--read-only'
            : 'studio-edge studio-edge--mount',
          deletable: false,
          selectable: false,
          focusable: false,
          data: { kind: 'mount', mountPath: mount.mountPath, readOnly },
        };
      }),
  );
}

/** One edge per port link whose two containers are both in the pod. */
function linkEdges(design: Design): StudioEdge[] {
  const names = new Set(design.containers.map((c) => c.name));
  return design.links
    .filter((link) => names.has(link.from) && names.has(link.to))
    .map(
      (link): StudioEdge => ({
        id: `link:${link.from}:${link.to}:${link.port}`,
        source: containerNodeId(link.from),
        sourceHandle: HANDLES.linkOut,
        target: containerNodeId(link.to),
        targetHandle: HANDLES.linkIn,
        type: 'link',
        label: `localhost:${link.port}`,
        ariaLabel: `${link.from} talks to ${link.to} on localhost:${link.port}`,
        className: 'studio-edge studio-edge--link',
        markerEnd: { type: 'arrowclosed', width: 16, height: 16, color: 'var(--link)' },
        deletable: false,
        selectable: false,
        focusable: false,
        data: { kind: 'link', port: link.port },
      }),
    );
}
