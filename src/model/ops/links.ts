import { isPortNumber } from '../facts/ports';
import type { Design } from '../types';
import { OpError } from './opError';
import { requireContainer } from './shared';

/** True for a TCP/UDP port number Kubernetes accepts (1–65535). */
export function isValidPort(port: number): boolean {
  return isPortNumber(port);
}

/**
 * Records that container `from` talks to container `to` on `localhost:port`. Both must exist and
 * differ, the port must be 1–65535, and the same link must not exist yet.
 */
export function addPortLink(design: Design, from: string, to: string, port: number): Design {
  requireContainer(design, from);
  requireContainer(design, to);
  if (from === to) throw new OpError('A container cannot link to itself.');
  if (!isValidPort(port)) throw new OpError('A port must be a whole number from 1 to 65535.');
  if (design.links.some((l) => l.from === from && l.to === to && l.port === port)) {
    throw new OpError(`"${from}" already talks to "${to}" on port ${port}.`);
  }
  return { ...design, links: [...design.links, { from, to, port }] };
}

/** Removes the link "from talks to to on port"; throws OpError when there is no such link. */
export function removePortLink(design: Design, from: string, to: string, port: number): Design {
  const links = design.links.filter((l) => !(l.from === from && l.to === to && l.port === port));
  if (links.length === design.links.length) {
    throw new OpError(`There is no link from "${from}" to "${to}" on port ${port}.`);
  }
  return { ...design, links };
}
