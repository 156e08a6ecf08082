import { nameProblem } from '../names';
import type { Container, Design, Position, Volume } from '../types';
import { OpError } from './opError';

/** The positions key of a container: `container:NAME`. */
export function containerKey(name: string): string {
  return `container:${name}`;
}

/** The positions key of a volume: `volume:NAME`. */
export function volumeKey(name: string): string {
  return `volume:${name}`;
}

/** The container with this name; throws OpError when there is none. */
export function requireContainer(design: Design, name: string): Container {
  const found = design.containers.find((c) => c.name === name);
  if (!found) throw new OpError(`There is no container named "${name}".`);
  return found;
}

/** The volume with this name; throws OpError when there is none. */
export function requireVolume(design: Design, name: string): Volume {
  const found = design.volumes.find((v) => v.name === name);
  if (!found) throw new OpError(`There is no volume named "${name}".`);
  return found;
}

/** A copy of the design where the named container is replaced by `update(container)`. */
export function updateContainer(
  design: Design,
  name: string,
  update: (container: Container) => Container,
): Design {
  requireContainer(design, name);
  return {
    ...design,
    containers: design.containers.map((c) => (c.name === name ? update(c) : c)),
  };
}

/**
 * Throws OpError unless `name` is a valid, free container name. `except` is the name of the
 * container being renamed, which does not count as taken.
 */
export function assertContainerNameFree(design: Design, name: string, except?: string): void {
  const problem = nameProblem(name, 'Container');
  if (problem) throw new OpError(problem);
  if (name !== except && design.containers.some((c) => c.name === name)) {
    throw new OpError(`A container named "${name}" already exists.`);
  }
}

/** Throws OpError unless `name` is a valid, free volume name (`except` does not count). */
export function assertVolumeNameFree(design: Design, name: string, except?: string): void {
  const problem = nameProblem(name, 'Volume');
  if (problem) throw new OpError(problem);
  if (name !== except && design.volumes.some((v) => v.name === name)) {
    throw new OpError(`A volume named "${name}" already exists.`);
  }
}

/** Positions without `key`. */
export function withoutPosition(
  positions: Record<string, Position>,
  key: string,
): Record<string, Position> {
  const { [key]: _dropped, ...rest } = positions;
  return rest;
}

/** Positions with the entry under `from` moved to `to` (unchanged when there is none). */
export function renamePosition(
  positions: Record<string, Position>,
  from: string,
  to: string,
): Record<string, Position> {
  const position = positions[from];
  if (!position) return positions;
  return { ...withoutPosition(positions, from), [to]: position };
}

/** Throws OpError unless `position` has finite coordinates. */
export function assertPosition(position: Position): void {
  if (!Number.isFinite(position.x) || !Number.isFinite(position.y)) {
    throw new OpError('A position needs finite x and y coordinates.');
  }
}
