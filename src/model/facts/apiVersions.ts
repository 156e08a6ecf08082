import { FACT_SOURCES } from './sources';

/** An API version a workload kind was once served under and that a release removed. */
export interface RemovedApiVersion {
  apiVersion: string;
  kind: string;
  /** The minor version that no longer serves it (16 for 1.16). */
  removedIn: number;
  /** What to write instead. */
  replacement: string;
}

/**
 * Removed API versions of the workload kinds the designer models (Kubernetes deprecated API
 * migration guide, sections v1.16 and v1.25; batch/v2alpha1 was never served by default and went
 * with 1.21).
 */
export const REMOVED_API_VERSIONS: readonly RemovedApiVersion[] = [
  { apiVersion: 'extensions/v1beta1', kind: 'Deployment', removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'extensions/v1beta1', kind: 'DaemonSet', removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'extensions/v1beta1', kind: 'ReplicaSet', removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta1', kind: 'Deployment', removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta1', kind: 'StatefulSet', removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kind: 'Deployment', removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kind: 'StatefulSet', removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kind: 'DaemonSet', removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kind: 'ReplicaSet', removedIn: 16, replacement: 'apps/v1' },
  { apiVersion: 'batch/v2alpha1', kind: 'CronJob', removedIn: 21, replacement: 'batch/v1' },
  { apiVersion: 'batch/v1beta1', kind: 'CronJob', removedIn: 25, replacement: 'batch/v1' },
];

export const API_REMOVAL_SOURCE = FACT_SOURCES.deprecationGuide;

/** The removal of this kind's API version, when a release removed it. */
export function removedApiVersion(apiVersion: string, kind: string): RemovedApiVersion | undefined {
  return REMOVED_API_VERSIONS.find((r) => r.apiVersion === apiVersion && r.kind === kind);
}
