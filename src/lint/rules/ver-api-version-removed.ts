import { removedApiVersion } from '../../model/facts/apiVersions';
import { sources } from '../helpers/sources';
import type { Rule } from '../types';

export const verApiVersionRemoved: Rule = {
  id: 'ver/api-version-removed',
  number: 'R42',
  severity: 'error',
  title: 'API version no longer served',
  explanation:
    'Kubernetes serves a workload kind only under the API versions of its release. extensions/v1beta1, apps/v1beta1 and apps/v1beta2 Deployments, DaemonSets, ReplicaSets and StatefulSets were removed in 1.16, batch/v1beta1 CronJobs in 1.25: the API server answers "no matches for kind" and nothing is created. Write the version that replaced it (apps/v1, batch/v1); the fields of these workloads carried over.',
  sources: sources('D-DEPRECATION'),
  check(design, context) {
    const removed = removedApiVersion(design.apiVersion, design.kind);
    if (!removed || context.minor < removed.removedIn) return [];
    return [
      {
        root: 'apiVersion',
        message: `${design.kind} ${removed.apiVersion} was removed in Kubernetes 1.${removed.removedIn}; a ${context.target} API server does not serve it, so applying this manifest fails with "no matches for kind". Use apiVersion: ${removed.replacement}.`,
      },
    ];
  },
  fix(design, _finding, context) {
    const removed = removedApiVersion(design.apiVersion, design.kind);
    if (!removed || context.minor < removed.removedIn) return undefined;
    return {
      design: { ...design, apiVersion: removed.replacement },
      summary: `Changed apiVersion from ${removed.apiVersion} to ${removed.replacement}.`,
    };
  },
};
