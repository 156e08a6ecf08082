import { isSet } from '../helpers/json-access';
import { isPortNumber, portNameProblems, portsOf } from '../helpers/ports';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

export const apiPortSpec: Rule = {
  id: 'api/port-spec',
  number: 'R08',
  severity: 'error',
  title: 'Invalid container port',
  explanation:
    "Each entry of a container's ports needs a containerPort from 1 to 65535; a hostPort, when set, must be in the same range, and the protocol must be TCP, UDP or SCTP. A port name is at most 15 characters of lower-case letters, digits and hyphens, with at least one letter, no two hyphens in a row and no hyphen at either end; within one container each name may appear only once. The API server rejects the pod otherwise.",
  sources: sources('K-VAL', 'K-APIMV'),
  check(design) {
    const findings: RuleFinding[] = [];
    for (const container of design.containers) {
      const names = new Set<string>();
      const report = (field: string, message: string) =>
        findings.push({ container: container.name, field, message });
      for (const { index, port } of portsOf(container)) {
        const at = `ports[${index}]`;
        if (!isPortNumber(port.containerPort)) {
          report(
            `${at}.containerPort`,
            isSet(port.containerPort) && port.containerPort !== 0
              ? `Port ${String(port.containerPort)} of container "${container.name}" is not a port number from 1 to 65535.`
              : `A port of container "${container.name}" has no containerPort; give the port number.`,
          );
        }
        if (isSet(port.hostPort) && port.hostPort !== 0 && !isPortNumber(port.hostPort)) {
          report(
            `${at}.hostPort`,
            `hostPort ${String(port.hostPort)} of container "${container.name}" is not a port number from 1 to 65535.`,
          );
        }
        if (isSet(port.protocol) && !PROTOCOLS.includes(String(port.protocol))) {
          report(
            `${at}.protocol`,
            `Protocol "${String(port.protocol)}" of container "${container.name}" is not supported; use TCP, UDP or SCTP.`,
          );
        }
        const name = port.name;
        if (typeof name !== 'string' || name === '') continue;
        const problems = portNameProblems(name);
        if (problems.length > 0) {
          report(
            `${at}.name`,
            `Port name "${name}" of container "${container.name}" ${problems.join('; ')}.`,
          );
        } else if (names.has(name)) {
          report(
            `${at}.name`,
            `Container "${container.name}" has two ports named "${name}"; port names must be unique within a container.`,
          );
        }
        names.add(name);
      }
    }
    return findings;
  },
};
