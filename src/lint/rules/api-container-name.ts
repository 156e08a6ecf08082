import { appContainersOf, initContainersOf } from '../../model/placement';
import type { Container, Design } from '../../model/types';
import { arrayOf, objectOf, podField } from '../helpers/json-access';
import { labelProblem } from '../helpers/names';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

interface NamedEntry {
  /** The name as the manifest writes it. */
  name: string;
  /** The container's identity in the design, absent for ephemeral containers. */
  id?: string;
  /** The pod-spec field of the entry's name, e.g. `initContainers[1].name`. */
  field: string;
  /** The modelled container, absent for ephemeral containers. */
  modelled: boolean;
}

/** Every container name of the pod in the order the API server checks them. */
function namedEntries(design: Design): NamedEntry[] {
  const entries: NamedEntry[] = [];
  const written = (c: Container) => c.declaredName ?? c.name;
  appContainersOf(design).forEach((c, i) => {
    entries.push({ name: written(c), id: c.name, field: `containers[${i}].name`, modelled: true });
  });
  initContainersOf(design).forEach((c, i) => {
    entries.push({
      name: written(c),
      id: c.name,
      field: `initContainers[${i}].name`,
      modelled: true,
    });
  });
  (arrayOf(podField(design, 'ephemeralContainers')) ?? []).forEach((entry, i) => {
    const name = objectOf(entry)?.name;
    entries.push({
      name: typeof name === 'string' ? name : '',
      field: `ephemeralContainers[${i}].name`,
      modelled: false,
    });
  });
  return entries;
}

export const apiContainerName: Rule = {
  id: 'api/container-name',
  number: 'R01',
  severity: 'error',
  title: 'Container names must be valid and unique',
  explanation:
    'Every container of a pod (main, init, sidecar and debug containers alike) needs a name of at most 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit, and no two containers may share a name. The API server rejects the pod otherwise. Rename the container, for example by adding a number to make it unique.',
  sources: sources('K-VAL', 'K-VALT', 'K-APIMV'),
  check(design) {
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    for (const entry of namedEntries(design)) {
      const problem = labelProblem(entry.name);
      if (problem) {
        findings.push({
          ...(entry.id !== undefined && entry.id === entry.name && entry.name !== ''
            ? { container: entry.id, field: 'name' }
            : { field: entry.field }),
          message:
            entry.name === ''
              ? `A container has no name; give it one.`
              : `Container name "${entry.name}" ${problem}.`,
        });
      } else if (seen.has(entry.name)) {
        // The later entry carries the error, as the API server reports it. An imported
        // duplicate has its own identity (a stand-in name), so the finding points at it and
        // can be fixed; otherwise the pod-level field tells the two apart.
        const standIn = entry.id !== undefined && entry.id !== entry.name;
        findings.push({
          ...(standIn ? { container: entry.id, field: 'name' } : { field: entry.field }),
          message: `Another container is already named "${entry.name}"; container names must be unique in a pod. Rename this one${standIn ? ` (for example to "${entry.id}")` : ''}.`,
        });
      }
      seen.add(entry.name);
    }
    return findings;
  },
  fix(design, finding) {
    const target = design.containers.find((c) => c.name === finding.container);
    if (target?.declaredName === undefined) return undefined;
    const { declaredName, ...renamed } = target;
    return {
      design: {
        ...design,
        containers: design.containers.map((c) => (c === target ? renamed : c)),
      },
      summary: `Renamed the second container "${declaredName}" to "${target.name}".`,
    };
  },
};
