import type { JsonObject } from '../json';
import { podAnnotations } from '../jsonRead';
import { DEFAULT_CONTAINER_ANNOTATION, withPodAnnotations } from '../kubectlDefault';
import type { Design } from '../types';
import { requireContainer } from './shared';

/**
 * Makes `name` the container kubectl picks without `-c`, by writing the pod annotation
 * `kubectl.kubernetes.io/default-container` (on the Pod, or on the pod template of a workload).
 * Throws OpError when the pod has no such container.
 */
export function setDefaultContainer(design: Design, name: string): Design {
  requireContainer(design, name);
  const annotations: JsonObject = {
    ...podAnnotations(design),
    [DEFAULT_CONTAINER_ANNOTATION]: name,
  };
  return withPodAnnotations(design, annotations);
}

/** The design with the default-container annotation following a rename from `from` to `to`. */
export function renameDefaultContainer(design: Design, from: string, to: string): Design {
  const annotations = podAnnotations(design);
  if (annotations[DEFAULT_CONTAINER_ANNOTATION] !== from) return design;
  return withPodAnnotations(design, { ...annotations, [DEFAULT_CONTAINER_ANNOTATION]: to });
}
