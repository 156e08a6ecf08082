import { isSet, podField, podOsOf } from '../helpers/json-access';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

export const apiPidNamespace: Rule = {
  id: 'api/pid-namespace',
  number: 'R14',
  severity: 'error',
  title: 'Process namespace sharing that Kubernetes refuses',
  explanation:
    "shareProcessNamespace lets the containers of a pod see each other's processes. It cannot be combined with hostPID (sharing the node's processes), and Windows pods cannot set it at all. The API server rejects the pod otherwise: keep only one of the two settings.",
  sources: sources('K-VAL', 'D-PIDNS'),
  check(design) {
    const findings: RuleFinding[] = [];
    const share = podField(design, 'shareProcessNamespace');
    if (share === true && podField(design, 'hostPID') === true) {
      findings.push({
        field: 'shareProcessNamespace',
        message: 'shareProcessNamespace and hostPID cannot both be enabled; turn off one of them.',
      });
    }
    if (isSet(share) && podOsOf(design) === 'windows') {
      findings.push({
        field: 'shareProcessNamespace',
        message: 'A Windows pod cannot set shareProcessNamespace; remove it.',
      });
    }
    return findings;
  },
};
