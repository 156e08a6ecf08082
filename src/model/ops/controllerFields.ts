import { cloneJson, isJsonObject, type JsonObject } from '../json';
import type { WorkloadKind } from '../types';

/** The apiVersion of each workload kind. */
export const API_VERSIONS: Record<WorkloadKind, string> = {
  Pod: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
};

/** The schedule a new CronJob starts with: every five minutes. */
export const DEFAULT_SCHEDULE = '*/5 * * * *';

/** Kinds whose spec has a label selector that must match the pod template's labels. */
export function hasSelector(kind: WorkloadKind): boolean {
  return kind !== 'Pod' && kind !== 'Job' && kind !== 'CronJob';
}

/** Kinds with `replicas`. */
function hasReplicas(kind: WorkloadKind): boolean {
  return kind === 'Deployment' || kind === 'StatefulSet' || kind === 'ReplicaSet';
}

/** Controller fields that mean the same thing across the apps kinds, besides replicas and selector. */
const SHARED_APPS_FIELDS: Partial<Record<WorkloadKind, readonly string[]>> = {
  Deployment: ['minReadySeconds', 'revisionHistoryLimit'],
  StatefulSet: ['minReadySeconds', 'revisionHistoryLimit'],
  DaemonSet: ['minReadySeconds', 'revisionHistoryLimit'],
  ReplicaSet: ['minReadySeconds'],
};

/** The Job fields of a controller: a Job's own, a CronJob's `jobTemplate.spec`, else none. */
function jobFieldsOf(kind: WorkloadKind, controller: JsonObject): JsonObject {
  if (kind === 'Job') return cloneJson(controller);
  const jobTemplate = controller.jobTemplate;
  if (kind === 'CronJob' && isJsonObject(jobTemplate) && isJsonObject(jobTemplate.spec)) {
    return cloneJson(jobTemplate.spec);
  }
  return {};
}

/**
 * The controller fields of a workload of kind `to`, made from those of kind `from`: fields that
 * still apply are kept (replicas, selector, minReadySeconds, ...; all Job fields between Job and
 * CronJob), the others dropped, and required ones added (`replicas: 1`, `serviceName`, a CronJob
 * `schedule`). `selector` is the selector to use when the old controller has none.
 */
export function convertController(
  from: WorkloadKind,
  to: WorkloadKind,
  controller: JsonObject,
  name: string,
  selector: JsonObject,
): JsonObject {
  if (to === 'Pod') return {};
  if (to === 'Job') return jobFieldsOf(from, controller);
  if (to === 'CronJob') {
    return { schedule: DEFAULT_SCHEDULE, jobTemplate: { spec: jobFieldsOf(from, controller) } };
  }
  const result: JsonObject = {};
  if (to === 'StatefulSet') result.serviceName = name;
  if (hasReplicas(to)) {
    const replicas = hasReplicas(from) ? controller.replicas : undefined;
    result.replicas = replicas === undefined ? 1 : cloneJson(replicas);
  }
  const oldSelector = hasSelector(from) ? controller.selector : undefined;
  result.selector = isJsonObject(oldSelector) ? cloneJson(oldSelector) : selector;
  const shared = SHARED_APPS_FIELDS[to] ?? [];
  const oldShared = SHARED_APPS_FIELDS[from] ?? [];
  for (const [key, value] of Object.entries(controller)) {
    if (shared.includes(key) && oldShared.includes(key) && value !== null) {
      result[key] = cloneJson(value);
    }
  }
  return result;
}
