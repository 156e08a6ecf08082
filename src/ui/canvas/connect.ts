import { parsePortText } from '../../model/facts/ports';
import { declaredPorts } from '../../model/ports';
import type { Design } from '../../model/types';
import { selectionOf } from './selection';

/** What dragging from one node to another asks to create. */
export type ConnectRequest =
  | { kind: 'mount'; container: string; volume: string }
  | { kind: 'link'; from: string; to: string };

/**
 * The request a drag from node `source` to node `target` stands for: a container onto a volume
 * mounts it, a container onto another container links them. Anything else is no request.
 */
export function connectRequestOf(
  design: Design,
  source: string,
  target: string,
): ConnectRequest | null {
  const from = selectionOf(source);
  const to = selectionOf(target);
  if (from?.kind !== 'container' || to === null) return null;
  if (!design.containers.some((c) => c.name === from.name)) return null;
  if (to.kind === 'volume') {
    if (!design.volumes.some((v) => v.name === to.name)) return null;
    return { kind: 'mount', container: from.name, volume: to.name };
  }
  if (to.name === from.name || !design.containers.some((c) => c.name === to.name)) return null;
  return { kind: 'link', from: from.name, to: to.name };
}

export { suggestMountPath, suggestReadOnly } from '../../model/facts/volumes';

/** The ports a container declares (`ports[].containerPort`), in order, without repeats. */
export function containerPortsOf(design: Design, container: string): number[] {
  const found = design.containers.find((c) => c.name === container);
  if (!found) return [];
  const ports = declaredPorts(found)
    .map((p) => p.containerPort)
    .filter((p): p is number => p !== undefined);
  return [...new Set(ports)];
}

/** The port the person typed, as a number (not a number when the text is not one). */
export const parsePort = parsePortText;
