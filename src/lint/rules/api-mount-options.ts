import type { Container, Mount } from '../../model/types';
import { fieldOf, isSet, objectOf } from '../helpers/json-access';
import type { Problem } from '../helpers/problem';
import { sources } from '../helpers/sources';
import { localPathProblem } from '../helpers/volume-items';
import type { Rule, RuleFinding } from '../types';

const PROPAGATIONS = ['None', 'HostToContainer', 'Bidirectional'];
const RECURSIVE_READ_ONLY = ['Disabled', 'IfPossible', 'Enabled'];

function isPrivileged(container: Container): boolean {
  return objectOf(fieldOf(container, 'securityContext'))?.privileged === true;
}

/** Problems with one mount's options, fields relative to the mount. */
function mountProblems(container: Container, mount: Mount): Problem[] {
  const problems: Problem[] = [];
  const subPathExpr = mount.raw.subPathExpr;
  for (const [key, value] of [
    ['subPath', mount.subPath],
    ['subPathExpr', subPathExpr],
  ] as const) {
    if (typeof value !== 'string' || value === '') continue;
    const problem = localPathProblem(value);
    if (problem) problems.push({ field: key, message: problem });
  }
  if (mount.subPath && typeof subPathExpr === 'string' && subPathExpr !== '') {
    problems.push({
      field: 'subPathExpr',
      message: 'and subPath are both set; keep only one of them',
    });
  }
  const propagation = mount.raw.mountPropagation;
  if (isSet(propagation) && !PROPAGATIONS.includes(String(propagation))) {
    problems.push({
      field: 'mountPropagation',
      message: `"${String(propagation)}" is not supported; use None, HostToContainer or Bidirectional`,
    });
  } else if (propagation === 'Bidirectional' && !isPrivileged(container)) {
    problems.push({
      field: 'mountPropagation',
      message:
        'is Bidirectional, which only privileged containers may use; use HostToContainer or make the container privileged',
    });
  }
  const recursive = mount.raw.recursiveReadOnly;
  if (isSet(recursive) && !RECURSIVE_READ_ONLY.includes(String(recursive))) {
    problems.push({
      field: 'recursiveReadOnly',
      message: `"${String(recursive)}" is not supported; use Disabled, IfPossible or Enabled`,
    });
  } else if (recursive === 'Enabled' || recursive === 'IfPossible') {
    if (mount.readOnly !== true) {
      problems.push({
        field: 'recursiveReadOnly',
        message: `is ${recursive}, which needs readOnly: true on the mount`,
      });
    }
    if (isSet(propagation) && propagation !== 'None') {
      problems.push({
        field: 'recursiveReadOnly',
        message: `is ${recursive}, which works only with mountPropagation None`,
      });
    }
  }
  return problems;
}

export const apiMountOptions: Rule = {
  id: 'api/mount-options',
  number: 'R12',
  severity: 'error',
  title: 'Invalid mount options',
  explanation:
    'A subPath or subPathExpr must stay inside the volume: a relative path without .. parts. subPath and subPathExpr exclude each other. mountPropagation must be None, HostToContainer or Bidirectional, and Bidirectional needs a privileged container. recursiveReadOnly (Enabled or IfPossible) needs a read-only mount without mount propagation. The API server rejects the pod otherwise.',
  sources: sources('K-VAL', 'D-VOL'),
  check(design) {
    const findings: RuleFinding[] = [];
    for (const container of design.containers) {
      container.mounts.forEach((mount, index) => {
        for (const problem of mountProblems(container, mount)) {
          findings.push({
            container: container.name,
            field: `volumeMounts[${index}].${problem.field}`,
            message: `The mount of "${mount.volume}" at ${mount.mountPath} in container "${container.name}": ${problem.field} ${problem.message}.`,
          });
        }
      });
    }
    return findings;
  },
};
