import { isJsonObject } from '../../model/json';
import { findContainer } from '../../model/placement';
import { declaredPorts } from '../../model/ports';
import type { Container, Design } from '../../model/types';
import { concurrent, startOrder } from '../helpers/containers';
import { updateContainer } from '../helpers/edit';
import { freePort, portIndexOf } from '../helpers/free-port';
import { explicitLinks } from '../helpers/links';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

/** `port/protocol` pairs declared by a container. */
function bound(container: Container): Map<string, number> {
  const result = new Map<string, number>();
  for (const p of declaredPorts(container)) {
    if (p.containerPort !== undefined) result.set(`${p.containerPort}/${p.protocol}`, p.index);
  }
  return result;
}

function declaredCollisions(design: Design, seen: Set<string>): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const order = startOrder(design);
  order.forEach((later, position) => {
    for (const port of declaredPorts(later)) {
      if (port.containerPort === undefined) continue;
      const key = `${port.containerPort}/${port.protocol}`;
      const earlier = order
        .slice(0, position)
        .find((c) => concurrent(design, c, later) && bound(c).has(key));
      if (!earlier) continue;
      seen.add(`${[earlier.name, later.name].sort().join('\u0000')}:${port.containerPort}`);
      findings.push({
        container: later.name,
        field: `ports[${port.index}].containerPort`,
        message: `'${later.name}' and '${earlier.name}' both declare ${port.protocol} port ${port.containerPort} and run at the same time; they share the Pod's one port space, so whichever binds second fails to start. Give one of them another port.`,
      });
    }
  });
  return findings;
}

function linkCollisions(design: Design, seen: Set<string>): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const targets = explicitLinks(design);
  targets.forEach((link, i) => {
    const other = targets
      .slice(0, i)
      .find(
        (l) =>
          l.port === link.port && l.to.name !== link.to.name && concurrent(design, l.to, link.to),
      );
    if (!other) return;
    const pair = `${[other.to.name, link.to.name].sort().join('\u0000')}:${link.port}`;
    if (seen.has(pair)) return;
    seen.add(pair);
    findings.push({
      container: link.to.name,
      message: `Links expect both '${other.to.name}' and '${link.to.name}' to listen on localhost:${link.port}, and they run at the same time; only one process can bind that port. Give one of them another port.`,
    });
  });
  return findings;
}

export const portCollision: Rule = {
  id: 'net/port-collision',
  number: 'R31',
  severity: 'warning',
  title: 'Two containers that run together use the same port',
  explanation:
    'All containers of a Pod share one network namespace and one port space. Two containers that run at the same time cannot both listen on the same port and protocol: the second one fails to bind. The API server only warns about it.',
  sources: sources('D-PODNET', 'K-WARN'),
  check(design) {
    const seen = new Set<string>();
    return [...declaredCollisions(design, seen), ...linkCollisions(design, seen)];
  },
  fix(design, finding) {
    const container = finding.container ? findContainer(design, finding.container) : undefined;
    const index = portIndexOf(finding.field);
    const port = container ? declaredPorts(container).find((p) => p.index === index) : undefined;
    if (!container || !port || port.containerPort === undefined) return undefined;
    const old = port.containerPort;
    const next = freePort(design, old);
    const hostNetwork = design.podSpec.hostNetwork === true;
    const changed = updateContainer(design, container.name, (c) => {
      const ports = Array.isArray(c.raw.ports) ? c.raw.ports : [];
      const entry = ports[port.index];
      if (isJsonObject(entry)) {
        entry.containerPort = next;
        if (hostNetwork && entry.hostPort === old) entry.hostPort = next;
      }
      return c;
    });
    const links = changed.links.map((l) =>
      l.to === container.name && l.port === old ? { ...l, port: next } : l,
    );
    return {
      design: { ...changed, links },
      summary: `Changed port ${old} of '${container.name}' to ${next} (and the links to it); make sure its process listens on ${next}.`,
    };
  },
};
