import type { Design } from '../types';
import { OpError } from './opError';
import { requireContainer } from './shared';

/**
 * Moves a container to position `toIndex` of the declaration order (0-based, counted in the list
 * without the moved container). This is how init containers and sidecars are reordered: the
 * relative order inside `initContainers` and `containers` follows the declaration order.
 */
export function moveContainer(design: Design, name: string, toIndex: number): Design {
  const container = requireContainer(design, name);
  const last = design.containers.length - 1;
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex > last) {
    throw new OpError(`A container can only move to a position from 1 to ${last + 1}.`);
  }
  const containers = design.containers.filter((c) => c !== container);
  containers.splice(toIndex, 0, container);
  return { ...design, containers };
}

/**
 * Moves a container to just before another one. When an init container is declared before the
 * sidecar it needs, `moveBefore(design, sidecarName, initName)` starts the sidecar first.
 */
export function moveBefore(design: Design, name: string, beforeName: string): Design {
  requireContainer(design, name);
  requireContainer(design, beforeName);
  if (name === beforeName) throw new OpError('A container cannot move before itself.');
  const without = design.containers.filter((c) => c.name !== name);
  return moveContainer(
    design,
    name,
    without.findIndex((c) => c.name === beforeName),
  );
}

/** Moves a container to just after another one. */
export function moveAfter(design: Design, name: string, afterName: string): Design {
  requireContainer(design, name);
  requireContainer(design, afterName);
  if (name === afterName) throw new OpError('A container cannot move after itself.');
  const without = design.containers.filter((c) => c.name !== name);
  return moveContainer(design, name, without.findIndex((c) => c.name === afterName) + 1);
}
