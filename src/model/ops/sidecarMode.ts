import type { Design, SidecarMode } from '../types';
import { type ConversionResult, placeConvertedSidecars } from './conversion';
import { OpError } from './opError';
import { roleWords } from './roles';
import { requireContainer, updateContainer } from './shared';

/**
 * Sets the sidecar mode of the whole design (native: `initContainers` with `restartPolicy:
 * Always`; legacy: extra entries of `containers`) and clears every sidecar's own override, so
 * that all sidecars follow it.
 */
export function setSidecarMode(design: Design, mode: SidecarMode): Design {
  return convertSidecarMode(design, mode).design;
}

/**
 * setSidecarMode, with what the conversion did beyond moving sidecars: a sidecar that becomes
 * native is placed after the init containers that prepare its volumes (placeConvertedSidecars),
 * and the notes say so, or say that no order is safe.
 */
export function convertSidecarMode(design: Design, mode: SidecarMode): ConversionResult {
  const switched: Design = {
    ...design,
    sidecarMode: mode,
    containers: design.containers.map((c) => {
      if (c.mode === undefined) return c;
      const { mode: _override, ...rest } = c;
      return rest;
    }),
  };
  return placeConvertedSidecars(design, switched);
}

/**
 * Sets the placement of one sidecar; undefined (or the design's own mode) means "follow the
 * design". Throws OpError for a container that is not a sidecar.
 */
export function setContainerSidecarMode(
  design: Design,
  name: string,
  mode: SidecarMode | undefined,
): Design {
  const container = requireContainer(design, name);
  if (container.role !== 'sidecar') {
    throw new OpError(
      `Only sidecars have a sidecar mode; "${name}" is ${roleWords(container.role)}.`,
    );
  }
  const switched = updateContainer(design, name, (c) => {
    const { mode: _old, ...rest } = c;
    return mode === undefined || mode === design.sidecarMode ? rest : { ...rest, mode };
  });
  return placeConvertedSidecars(design, switched).design;
}
