import type { JsonObject } from './json';
import { podAnnotations } from './jsonRead';
import { appContainersOf, findContainer, initContainersOf } from './placement';
import type { Container, Design } from './types';

/**
 * The pod annotation that names the container `kubectl logs`, `exec`, `attach`, `cp` and
 * `port-forward` use when no `-c` is given (KEP-2227, kubectl `podcmd.FindOrDefaultContainerByName`).
 */
export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

/** Why kubectl picks the container it picks. */
export type DefaultSource = 'annotation' | 'first';

export interface KubectlDefault {
  /** The container kubectl picks without `-c`; undefined when `containers` is empty. */
  container: Container | undefined;
  source: DefaultSource;
  /** The annotation's value, when the pod has a non-empty one. */
  annotation?: string;
  /** True when the annotation names no container of the pod (kubectl then falls back silently). */
  annotationUnknown?: boolean;
}

/** The annotation's value on the pod, when set and not empty. */
export function defaultContainerAnnotation(design: Design): string | undefined {
  const value = podAnnotations(design)[DEFAULT_CONTAINER_ANNOTATION];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The container kubectl would pick, computed as kubectl does: the annotation's container when it
 * names any container of the pod (init containers included), else the first entry of
 * `containers`. Init containers and native sidecars are never the fallback.
 */
export function kubectlDefault(design: Design): KubectlDefault {
  const annotation = defaultContainerAnnotation(design);
  const named = annotation === undefined ? undefined : findContainer(design, annotation);
  if (annotation !== undefined && named) {
    return { container: named, source: 'annotation', annotation };
  }
  const first = appContainersOf(design)[0];
  return {
    container: first,
    source: 'first',
    ...(annotation !== undefined ? { annotation, annotationUnknown: true } : {}),
  };
}

/** The sentence kubectl prints when it defaults ("Defaulted container "app" out of: …"). */
export function defaultedMessage(design: Design): string | undefined {
  const { container, source } = kubectlDefault(design);
  if (!container || source === 'annotation' || design.containers.length < 2) return undefined;
  const names = [
    ...appContainersOf(design).map((c) => c.name),
    ...initContainersOf(design).map((c) => `${c.name} (init)`),
  ];
  return `Defaulted container "${container.name}" out of: ${names.join(', ')}`;
}

/** The design with the pod's annotations replaced by `annotations` (removed when empty). */
export function withPodAnnotations(design: Design, annotations: JsonObject): Design {
  const field = design.kind === 'Pod' ? 'metadata' : 'templateMetadata';
  const metadata: JsonObject = { ...design[field] };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  else delete metadata.annotations;
  return { ...design, [field]: metadata };
}
