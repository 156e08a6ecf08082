import { isJsonObject } from '../../model/json';
import { findContainer } from '../../model/placement';
import { declaredPorts } from '../../model/ports';
import type { Container, Design } from '../../model/types';
import { kindOf, startOrder } from '../helpers/containers';
import { updateContainer } from '../helpers/edit';
import { freePort, portIndexOf } from '../helpers/free-port';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

function hostKeys(container: Container): Set<string> {
  const keys = new Set<string>();
  for (const p of declaredPorts(container)) {
    if (p.hostPort) keys.add(`${p.protocol}/${p.hostIP}/${p.hostPort}`);
  }
  return keys;
}

/** Pairs the API does not check against each other: a sidecar with a main container or sidecar. */
function uncheckedPair(design: Design, a: Container, b: Container): boolean {
  const kindA = kindOf(design, a);
  const kindB = kindOf(design, b);
  if (kindA === 'init' || kindB === 'init') return false;
  return kindA === 'native-sidecar' || kindB === 'native-sidecar';
}

export const hostPortSidecarMain: Rule = {
  id: 'net/hostport-sidecar-main',
  number: 'R32',
  severity: 'warning',
  title: 'Sidecar and main container claim the same host port',
  explanation:
    'A sidecar runs at the same time as the main containers, but the API server checks the host ports of each init container only against itself. Two containers of the Pod that claim the same host port cannot both get it.',
  sources: sources('K-VAL'),
  check(design) {
    const findings: RuleFinding[] = [];
    const order = startOrder(design);
    order.forEach((later, position) => {
      for (const port of declaredPorts(later)) {
        if (!port.hostPort) continue;
        const key = `${port.protocol}/${port.hostIP}/${port.hostPort}`;
        const earlier = order
          .slice(0, position)
          .find((c) => uncheckedPair(design, c, later) && hostKeys(c).has(key));
        if (!earlier) continue;
        findings.push({
          container: later.name,
          field: `ports[${port.index}].hostPort`,
          message: `'${later.name}' and '${earlier.name}' both claim host port ${port.hostPort}/${port.protocol} and run at the same time; the API server does not catch this because it checks each init container on its own. Use distinct host ports, or avoid hostPort.`,
        });
      }
    });
    return findings;
  },
  fix(design, finding) {
    const container = finding.container ? findContainer(design, finding.container) : undefined;
    const index = portIndexOf(finding.field);
    const port = container ? declaredPorts(container).find((p) => p.index === index) : undefined;
    if (!container || !port?.hostPort || design.podSpec.hostNetwork === true) return undefined;
    const old = port.hostPort;
    const next = freePort(design, old);
    return {
      design: updateContainer(design, container.name, (c) => {
        const entry = Array.isArray(c.raw.ports) ? c.raw.ports[port.index] : undefined;
        if (isJsonObject(entry)) entry.hostPort = next;
        return c;
      }),
      summary: `Changed host port ${old} of '${container.name}' to ${next}.`,
    };
  },
};
