import { addContainer, addVolume, setPosition } from '../../model/ops';
import type { Design, Position } from '../../model/types';
import type { Selection } from '../../store/studioStore';
import { CONTAINER_SIZE, VOLUME_SIZE } from '../canvas/layout';
import { POD_NODE_ID, toFlow } from '../canvas/toFlow';
import { type Box, freeSpot } from './freeSpot';
import type { PaletteItem } from './paletteItems';

/** The boxes of the containers and volumes as the canvas draws them now. */
export function occupiedBoxes(design: Design): Box[] {
  return toFlow(design)
    .nodes.filter((node) => node.parentId === POD_NODE_ID)
    .map((node) => ({ position: node.position, width: node.width ?? 0, height: node.height ?? 0 }));
}

/**
 * The design with every container and volume kept where the canvas draws it now, so that a new
 * item never makes the others move.
 */
export function pinLayout(design: Design): Design {
  return toFlow(design)
    .nodes.filter((node) => node.parentId === POD_NODE_ID && !design.positions[node.id])
    .reduce((next, node) => setPosition(next, node.id, node.position), design);
}

/** The size a palette item has on the canvas. */
export function itemSize(item: PaletteItem): { width: number; height: number } {
  return item.kind === 'container' ? CONTAINER_SIZE : VOLUME_SIZE;
}

/** Where a new item goes when no position is given: the first free spot of the pod. */
export function spotFor(design: Design, item: PaletteItem): Position {
  const startRow = item.kind === 'volume' && design.containers.length > 0 ? 1 : 0;
  return freeSpot(occupiedBoxes(design), itemSize(item), startRow);
}

/**
 * Adds a palette item at `position`, or at the first free spot. Returns the new design and the
 * selection naming the new item. Throws OpError when the model refuses the item.
 */
export function addItem(
  design: Design,
  item: PaletteItem,
  position?: Position,
): { design: Design; added: Selection } {
  const at = position ?? spotFor(design, item);
  const pinned = pinLayout(design);
  if (item.kind === 'container') {
    const next = addContainer(pinned, item.role, { position: at });
    const added = next.containers.find((c) => !design.containers.some((d) => d.name === c.name));
    return { design: next, added: added ? { kind: 'container', name: added.name } : null };
  }
  const next = addVolume(pinned, item.type, { position: at });
  const added = next.volumes.find((v) => !design.volumes.some((d) => d.name === v.name));
  return { design: next, added: added ? { kind: 'volume', name: added.name } : null };
}
