import { findContainer } from '../../model/placement';
import type { Container, Design } from '../../model/types';
import { isAppContainer, kindOf, startsAfter } from './containers';

/** A port link with both ends resolved; implicit links come from proxy sidecars (§8.0). */
export interface EffectiveLink {
  from: Container;
  to: Container;
  /** The port of an explicit link; undefined for an implicit (traffic interception) link. */
  port?: number;
  implicit: boolean;
}

/**
 * True when `from`'s traffic goes through proxy `to` because it starts after it. A legacy
 * proxy starts together with the other entries of `containers`, so they all go through it.
 */
function intercepted(design: Design, from: Container, to: Container): boolean {
  if (from.name === to.name || to.purpose !== 'proxy') return false;
  const kind = kindOf(design, to);
  if (kind === 'native-sidecar') return startsAfter(design, from, to);
  if (kind === 'legacy-sidecar') return isAppContainer(design, from);
  return false;
}

/** The explicit links of the design whose ends both exist. */
export function explicitLinks(design: Design): EffectiveLink[] {
  const links: EffectiveLink[] = [];
  for (const link of design.links) {
    const from = findContainer(design, link.from);
    const to = findContainer(design, link.to);
    if (from && to && from.name !== to.name) {
      links.push({ from, to, port: link.port, implicit: false });
    }
  }
  return links;
}

/**
 * Explicit links plus an implicit link from every container that starts after a proxy sidecar
 * (or, for a legacy proxy, every other entry of `containers`) to that proxy, unless an explicit
 * link already joins the two.
 */
export function effectiveLinks(design: Design): EffectiveLink[] {
  const links = explicitLinks(design);
  const joined = new Set(links.map((l) => `${l.from.name}\u0000${l.to.name}`));
  for (const to of design.containers) {
    if (to.purpose !== 'proxy' || to.role !== 'sidecar') continue;
    for (const from of design.containers) {
      if (!intercepted(design, from, to)) continue;
      if (joined.has(`${from.name}\u0000${to.name}`)) continue;
      links.push({ from, to, implicit: true });
    }
  }
  return links;
}

/** "on localhost:8080" for explicit links, "through its traffic interception" otherwise. */
export function linkWords(link: EffectiveLink): string {
  return link.implicit
    ? `(its traffic goes through the proxy '${link.to.name}')`
    : `on localhost:${link.port}`;
}
