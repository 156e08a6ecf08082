import { appContainersOf, initContainersOf } from '../../model/placement';
import { declaredPorts } from '../../model/ports';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

export const portNameAmbiguous: Rule = {
  id: 'net/port-name-ambiguous',
  number: 'R33',
  severity: 'info',
  title: 'Port name declared in several containers',
  explanation:
    'Port names need only be unique inside one container. A Service whose targetPort is a name picks the first container that declares it (main containers in order, then sidecars), so a name used twice may send traffic to a different container than intended.',
  sources: sources('K-VAL', 'K-FINDPORT'),
  check(design) {
    const findings: RuleFinding[] = [];
    const firstOwner = new Map<string, string>();
    for (const container of [...appContainersOf(design), ...initContainersOf(design)]) {
      for (const port of declaredPorts(container)) {
        if (!port.name) continue;
        const owner = firstOwner.get(port.name);
        if (owner === undefined) {
          firstOwner.set(port.name, container.name);
          continue;
        }
        if (owner === container.name) continue;
        findings.push({
          container: container.name,
          field: `ports[${port.index}].name`,
          message: `Port name '${port.name}' is also declared by '${owner}'. A Service with targetPort '${port.name}' sends traffic to '${owner}' (the first match), never to '${container.name}'. Give each port a unique name.`,
        });
      }
    }
    return findings;
  },
};
