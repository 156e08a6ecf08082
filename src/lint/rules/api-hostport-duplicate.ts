import { appContainersOf, initContainersOf } from '../../model/placement';
import type { Container } from '../../model/types';
import { portsOf } from '../helpers/ports';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

/** Checks one group of containers whose host ports must be unique together. */
function duplicatesIn(group: Container[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const seen = new Map<string, string>();
  for (const container of group) {
    for (const { index, port } of portsOf(container)) {
      const hostPort = port.hostPort;
      if (typeof hostPort !== 'number' || hostPort === 0) continue;
      const protocol = typeof port.protocol === 'string' ? port.protocol : 'TCP';
      const hostIP = typeof port.hostIP === 'string' ? port.hostIP : '';
      const key = `${protocol}/${hostIP}/${hostPort}`;
      const owner = seen.get(key);
      if (owner === undefined) {
        seen.set(key, container.name);
        continue;
      }
      const where =
        owner === container.name ? 'another port of the same container' : `container "${owner}"`;
      findings.push({
        container: container.name,
        field: `ports[${index}].hostPort`,
        message: `Host port ${hostPort}/${protocol}${hostIP ? ` on ${hostIP}` : ''} of container "${container.name}" is already used by ${where}; pick a different hostPort or remove one of them.`,
      });
    }
  }
  return findings;
}

export const apiHostportDuplicate: Rule = {
  id: 'api/hostport-duplicate',
  number: 'R09',
  severity: 'error',
  title: 'Host port used twice',
  explanation:
    'A host port binds a port of the node, so it can be taken only once. The API server rejects a pod in which two entries of spec.containers (main containers and legacy sidecars, taken together) use the same protocol, hostIP and hostPort, or in which one init container lists the same host port twice.',
  sources: sources('K-VAL', 'K-VALT'),
  check(design) {
    return [
      ...duplicatesIn(appContainersOf(design)),
      ...initContainersOf(design).flatMap((c) => duplicatesIn([c])),
    ];
  },
};
