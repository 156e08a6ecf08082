import { isJsonObject, type JsonObject } from '../../model/json';
import { DEFAULT_TARGET, type Design, WORKLOAD_KINDS, type WorkloadKind } from '../../model/types';
import { withPlaceholders } from '../overlay';
import { parsePodContainers } from './containers';
import { withUniqueNames } from './identity';
import { parseClaimTemplate, parseVolume } from './volumes';

/** True for a kind the designer models. */
export function isWorkloadKind(kind: unknown): kind is WorkloadKind {
  return typeof kind === 'string' && (WORKLOAD_KINDS as readonly string[]).includes(kind);
}

/** The pod template object of a workload document (`{ metadata, spec }`), if it has one. */
export function podTemplateOf(doc: JsonObject): JsonObject | undefined {
  const spec = isJsonObject(doc.spec) ? doc.spec : undefined;
  if (!spec) return undefined;
  if (doc.kind === 'Pod') return { spec };
  if (doc.kind === 'CronJob') {
    const job = isJsonObject(spec.jobTemplate) ? spec.jobTemplate : undefined;
    const jobSpec = job && isJsonObject(job.spec) ? job.spec : undefined;
    return jobSpec && isJsonObject(jobSpec.template) ? jobSpec.template : undefined;
  }
  return isJsonObject(spec.template) ? spec.template : undefined;
}

/** True when a document is a workload the designer can draw. */
export function isModelledWorkload(doc: JsonObject): boolean {
  if (!isWorkloadKind(doc.kind)) return false;
  const template = podTemplateOf(doc);
  return !!template && isJsonObject(template.spec);
}

/** A placeholder skeleton of the pod template: which of metadata/spec it had, in order. */
function templateSkeleton(template: JsonObject): JsonObject {
  return withPlaceholders(template, Object.keys(template));
}

/**
 * A workload document as a Design, before design facts (annotation, guesses) are applied.
 * The caller has checked `isModelledWorkload(doc)`.
 */
export function parseWorkload(doc: JsonObject): Design {
  const kind = doc.kind as WorkloadKind;
  const template = podTemplateOf(doc) ?? {};
  const podSpec = isJsonObject(template.spec) ? template.spec : {};
  const spec = isJsonObject(doc.spec) ? doc.spec : {};
  let controller: JsonObject = {};
  if (kind === 'CronJob') {
    const job = spec.jobTemplate as JsonObject;
    const jobSpec = job.spec as JsonObject;
    controller = {
      ...spec,
      jobTemplate: { ...job, spec: { ...jobSpec, template: templateSkeleton(template) } },
    };
  } else if (kind !== 'Pod') {
    controller = withPlaceholders({ ...spec, template: templateSkeleton(template) }, [
      'volumeClaimTemplates',
    ]);
  }
  const claims =
    kind === 'StatefulSet' && Array.isArray(spec.volumeClaimTemplates)
      ? spec.volumeClaimTemplates.map(parseClaimTemplate)
      : [];
  return {
    kind,
    apiVersion: typeof doc.apiVersion === 'string' ? doc.apiVersion : '',
    metadata: isJsonObject(doc.metadata) ? doc.metadata : {},
    controller,
    templateMetadata: kind !== 'Pod' && isJsonObject(template.metadata) ? template.metadata : {},
    podSpec: withPlaceholders(podSpec, ['containers', 'initContainers', 'volumes']),
    rest: withPlaceholders(doc, ['apiVersion', 'kind', 'metadata', 'spec']),
    containers: withUniqueNames(parsePodContainers(podSpec)),
    volumes: [
      ...withUniqueNames(Array.isArray(podSpec.volumes) ? podSpec.volumes.map(parseVolume) : []),
      ...withUniqueNames(claims),
    ],
    links: [],
    positions: {},
    target: DEFAULT_TARGET,
    sidecarMode: 'native',
  };
}
