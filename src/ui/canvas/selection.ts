import type { Selection } from '../../store/studioStore';
import type { StudioNode } from './flowTypes';

/** The node id of a selection, or null when nothing is selected. */
export function nodeIdOf(selection: Selection): string | null {
  return selection ? `${selection.kind}:${selection.name}` : null;
}

/** The selection a node id stands for; the pod itself is not selectable. */
export function selectionOf(nodeId: string): Selection {
  const [kind, ...rest] = nodeId.split(':');
  const name = rest.join(':');
  if ((kind === 'container' || kind === 'volume') && name !== '') return { kind, name };
  return null;
}

/** The nodes with `selected` set on the one the selection names (and only on it). */
export function markSelected(nodes: StudioNode[], selectedId: string | null): StudioNode[] {
  return nodes.map((node) => {
    const selected = node.id === selectedId;
    return (node.selected ?? false) === selected ? node : { ...node, selected };
  });
}
