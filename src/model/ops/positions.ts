import type { Design, Position } from '../types';
import { OpError } from './opError';
import { assertPosition } from './shared';

/**
 * Sets the canvas position of `container:NAME` or `volume:NAME`. Throws OpError for a key that
 * names no container or volume of the design, or for a non-finite coordinate.
 */
export function setPosition(design: Design, key: string, position: Position): Design {
  const [prefix, ...parts] = key.split(':');
  const name = parts.join(':');
  const known =
    prefix === 'container'
      ? design.containers.some((c) => c.name === name)
      : prefix === 'volume' && design.volumes.some((v) => v.name === name);
  if (!known) throw new OpError(`"${key}" names no container or volume of this design.`);
  assertPosition(position);
  return { ...design, positions: { ...design.positions, [key]: { x: position.x, y: position.y } } };
}
