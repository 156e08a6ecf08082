import { isJsonObject, type JsonObject, type JsonValue } from '../../model/json';
import { appContainersOf, initContainersOf, isNativeSidecar } from '../../model/placement';
import type { Container, Design, Mount, Volume } from '../../model/types';
import { DESIGN_ANNOTATION, writeDesignFacts } from '../annotation';
import { hadKey, listValue, overlay, withSlot } from '../overlay';

export interface ObjectOptions {
  /** Write the `sidecar.studio/design` annotation (default true). */
  annotate?: boolean;
}

function mountObject(mount: Mount): JsonObject {
  return overlay(
    mount.raw,
    {
      name: mount.volume,
      mountPath: mount.mountPath,
      readOnly: mount.readOnly,
      subPath: mount.subPath,
    },
    ['name', 'mountPath'],
  );
}

function containerObject(design: Design, container: Container): JsonObject {
  const native = isNativeSidecar(design, container);
  const restartPolicy = container.raw.restartPolicy;
  const owned: Record<string, JsonValue | undefined> = {
    name: container.declaredName ?? container.name,
    volumeMounts: listValue(container.raw, 'volumeMounts', container.mounts.map(mountObject)),
  };
  if (container.role === 'sidecar') {
    // The model owns restartPolicy of sidecars: native ones are written with Always.
    owned.restartPolicy = native ? 'Always' : (restartPolicy ?? undefined);
  }
  return overlay(
    native ? withSlot(container.raw, 'restartPolicy', 'image') : container.raw,
    owned,
    ['name'],
  );
}

function volumeObject(volume: Volume): JsonObject {
  if (volume.type === 'volumeClaimTemplate') {
    const metadata = isJsonObject(volume.raw.metadata) ? volume.raw.metadata : {};
    return overlay(volume.raw, { metadata: overlay(metadata, { name: volume.name }, ['name']) }, [
      'metadata',
    ]);
  }
  return overlay(volume.raw, { name: volume.declaredName ?? volume.name }, ['name']);
}

function podSpecObject(design: Design): JsonObject {
  const init = initContainersOf(design).map((c) => containerObject(design, c));
  const podVolumes = design.volumes.filter((v) => v.type !== 'volumeClaimTemplate');
  const podSpec = init.length
    ? withSlot(design.podSpec, 'initContainers', 'containers')
    : design.podSpec;
  return overlay(podSpec, {
    containers: appContainersOf(design).map((c) => containerObject(design, c)),
    initContainers: listValue(design.podSpec, 'initContainers', init),
    volumes: listValue(design.podSpec, 'volumes', podVolumes.map(volumeObject)),
  });
}

/** The pod's metadata (the Pod's own, or the template's) with the design annotation when asked. */
function annotated(metadata: JsonObject, design: Design, annotate: boolean): JsonObject {
  if (!annotate) return metadata;
  const annotations = isJsonObject(metadata.annotations) ? metadata.annotations : {};
  return overlay(metadata, {
    annotations: { ...annotations, [DESIGN_ANNOTATION]: writeDesignFacts(design) },
  });
}

function templateObject(
  design: Design,
  skeleton: JsonValue | undefined,
  annotate: boolean,
): JsonObject {
  const keys = isJsonObject(skeleton) ? skeleton : {};
  const metadata = annotated(design.templateMetadata, design, annotate);
  return overlay(
    keys,
    {
      metadata: hadKey(keys, 'metadata') || Object.keys(metadata).length ? metadata : undefined,
      spec: podSpecObject(design),
    },
    ['metadata'],
  );
}

function controllerSpec(design: Design, annotate: boolean): JsonObject {
  const claims = design.volumes.filter((v) => v.type === 'volumeClaimTemplate');
  const claimsValue =
    design.kind === 'StatefulSet'
      ? listValue(design.controller, 'volumeClaimTemplates', claims.map(volumeObject))
      : undefined;
  if (design.kind === 'CronJob') {
    const job = isJsonObject(design.controller.jobTemplate) ? design.controller.jobTemplate : {};
    const jobSpec = isJsonObject(job.spec) ? job.spec : {};
    const template = templateObject(design, jobSpec.template, annotate);
    return overlay(design.controller, {
      jobTemplate: overlay(job, { spec: overlay(jobSpec, { template }) }),
    });
  }
  const template = templateObject(design, design.controller.template, annotate);
  return overlay(design.controller, { template, volumeClaimTemplates: claimsValue });
}

/** The Kubernetes object of a design, as `kubectl apply` would read it. */
export function workloadObject(design: Design, options: ObjectOptions = {}): JsonObject {
  const annotate = options.annotate ?? true;
  const isPod = design.kind === 'Pod';
  const metadata = isPod ? annotated(design.metadata, design, annotate) : design.metadata;
  return overlay(
    design.rest,
    {
      apiVersion: design.apiVersion,
      kind: design.kind,
      metadata:
        hadKey(design.rest, 'metadata') || Object.keys(metadata).length ? metadata : undefined,
      spec: isPod ? podSpecObject(design) : controllerSpec(design, annotate),
    },
    ['apiVersion', 'kind', 'metadata', 'spec'],
  );
}
