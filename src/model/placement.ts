import type { Container, Design, SidecarMode } from './types';

/** Where a sidecar is written: its own override, else the design's sidecar mode. */
export function sidecarModeOf(design: Design, container: Container): SidecarMode {
  return container.mode ?? design.sidecarMode;
}

/** True for a container written into `initContainers` (regular init or native sidecar). */
export function isInInitContainers(design: Design, container: Container): boolean {
  if (container.role === 'init') return true;
  return container.role === 'sidecar' && sidecarModeOf(design, container) === 'native';
}

/** True for a sidecar written as `initContainers[]` with `restartPolicy: Always`. */
export function isNativeSidecar(design: Design, container: Container): boolean {
  return container.role === 'sidecar' && sidecarModeOf(design, container) === 'native';
}

/** True for a sidecar written as an extra entry of `containers`. */
export function isLegacySidecar(design: Design, container: Container): boolean {
  return container.role === 'sidecar' && sidecarModeOf(design, container) === 'legacy';
}

/** The containers of `spec.initContainers`, in order. */
export function initContainersOf(design: Design): Container[] {
  return design.containers.filter((c) => isInInitContainers(design, c));
}

/** The containers of `spec.containers` (main containers and legacy sidecars), in order. */
export function appContainersOf(design: Design): Container[] {
  return design.containers.filter((c) => !isInInitContainers(design, c));
}

/** The container with this name, if any. */
export function findContainer(design: Design, name: string): Container | undefined {
  return design.containers.find((c) => c.name === name);
}
