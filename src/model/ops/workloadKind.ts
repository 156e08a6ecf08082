import { cloneJson, isJsonObject, type JsonObject } from '../json';
import type { Design, Volume, WorkloadKind } from '../types';
import { API_VERSIONS, convertController, hasSelector } from './controllerFields';

function nonEmptyObject(value: JsonObject[string] | undefined): JsonObject | undefined {
  return isJsonObject(value) && Object.keys(value).length > 0 ? value : undefined;
}

function workloadName(design: Design): string {
  const name = design.metadata.name;
  return typeof name === 'string' && name !== '' ? name : 'app';
}

interface Metadata {
  metadata: JsonObject;
  templateMetadata: JsonObject;
}

/** Pod metadata split into workload metadata and pod template metadata (labels, annotations). */
function splitPodMetadata(design: Design): Metadata {
  const { annotations, ...metadata } = design.metadata;
  const labels = nonEmptyObject(design.metadata.labels) ?? { app: workloadName(design) };
  const templateMetadata: JsonObject = { labels: cloneJson(labels) };
  const kept = nonEmptyObject(annotations);
  if (kept) templateMetadata.annotations = cloneJson(kept);
  return { metadata, templateMetadata };
}

/** Workload metadata with the pod template's labels and annotations merged in, for a Pod. */
function mergeTemplateMetadata(design: Design): Metadata {
  const metadata: JsonObject = { ...design.metadata };
  for (const key of ['labels', 'annotations']) {
    const fromTemplate = nonEmptyObject(design.templateMetadata[key]);
    if (fromTemplate) {
      const own = nonEmptyObject(metadata[key]) ?? {};
      metadata[key] = cloneJson({ ...own, ...fromTemplate });
    }
  }
  return { metadata, templateMetadata: {} };
}

/** The pod template labels a selector can match, adding `app: NAME` when there are none. */
function withTemplateLabels(design: Design, templateMetadata: JsonObject): Metadata {
  if (nonEmptyObject(templateMetadata.labels))
    return { metadata: design.metadata, templateMetadata };
  return {
    metadata: design.metadata,
    templateMetadata: { ...templateMetadata, labels: { app: workloadName(design) } },
  };
}

function metadataFor(design: Design, kind: WorkloadKind): Metadata {
  if (kind === 'Pod') return mergeTemplateMetadata(design);
  if (design.kind === 'Pod') return splitPodMetadata(design);
  if (hasSelector(kind)) return withTemplateLabels(design, design.templateMetadata);
  return { metadata: design.metadata, templateMetadata: design.templateMetadata };
}

/** The pod spec with a restartPolicy the new kind accepts (sidecar-rules.md V-WL-1, V-WL-2). */
function podSpecFor(podSpec: JsonObject, kind: WorkloadKind): JsonObject {
  const policy = podSpec.restartPolicy;
  if (kind === 'Job' || kind === 'CronJob') {
    return policy === 'OnFailure' || policy === 'Never'
      ? podSpec
      : { ...podSpec, restartPolicy: 'Never' };
  }
  if (kind === 'Pod' || !('restartPolicy' in podSpec) || policy === 'Always') return podSpec;
  const { restartPolicy: _dropped, ...rest } = podSpec;
  return rest;
}

/** Volumes outside a StatefulSet: each claim template becomes a claim of the same name. */
function volumesFor(volumes: Volume[], kind: WorkloadKind): Volume[] {
  if (kind === 'StatefulSet') return volumes;
  return volumes.map((v) =>
    v.type === 'volumeClaimTemplate'
      ? {
          name: v.name,
          type: 'persistentVolumeClaim',
          raw: { name: null, persistentVolumeClaim: { claimName: v.name } },
        }
      : v,
  );
}

/**
 * Changes the workload kind and moves fields the way Kubernetes needs them: the apiVersion; Pod
 * labels become the template labels and the selector (Deployment, StatefulSet, DaemonSet,
 * ReplicaSet), Pod annotations move to the template, and back; controller fields that still
 * apply are kept; the template's restartPolicy is made valid for the kind; volume claim templates
 * become PersistentVolumeClaim volumes when leaving a StatefulSet, so mounts stay valid.
 */
export function setWorkloadKind(design: Design, kind: WorkloadKind): Design {
  if (kind === design.kind) return design;
  const { metadata, templateMetadata } = metadataFor(design, kind);
  const labels = nonEmptyObject(templateMetadata.labels) ?? {};
  const controller = convertController(design.kind, kind, design.controller, workloadName(design), {
    matchLabels: cloneJson(labels),
  });
  return {
    ...design,
    kind,
    apiVersion: API_VERSIONS[kind],
    metadata,
    controller,
    templateMetadata,
    podSpec: podSpecFor(design.podSpec, kind),
    volumes: volumesFor(design.volumes, kind),
  };
}
