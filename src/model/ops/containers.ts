import { cloneJson } from '../json';
import { uniqueName } from '../names';
import { isInInitContainers } from '../placement';
import type { Container, ContainerRole, Design, Position } from '../types';
import { renameDefaultContainer } from './defaultContainer';
import {
  assertContainerNameFree,
  assertPosition,
  containerKey,
  renamePosition,
  requireContainer,
  withoutPosition,
} from './shared';

/** The name a new container of each role starts from ("app", "app-2", ...). */
export const DEFAULT_CONTAINER_NAMES: Record<ContainerRole, string> = {
  main: 'app',
  sidecar: 'sidecar',
  init: 'init',
};

/** The image a new container of each role gets. */
export const DEFAULT_IMAGES: Record<ContainerRole, string> = {
  main: 'nginx:1.27',
  sidecar: 'busybox:1.36',
  init: 'busybox:1.36',
};

export interface NewContainer {
  name?: string;
  image?: string;
  position?: Position;
}

/**
 * Adds a container of `role`. Without a name it gets "app", "sidecar" or "init", made unique with
 * a numeric suffix. Init containers and sidecars go to the end of the declaration order; a main
 * container goes right after the last entry of `containers`. New sidecars follow the design's
 * sidecar mode (no override). Throws OpError for an invalid or taken name.
 */
export function addContainer(design: Design, role: ContainerRole, init: NewContainer = {}): Design {
  const taken = design.containers.map((c) => c.name);
  const name = init.name ?? uniqueName(DEFAULT_CONTAINER_NAMES[role], taken);
  assertContainerNameFree(design, name);
  if (init.position) assertPosition(init.position);
  const container: Container = {
    name,
    role,
    mounts: [],
    raw: { name: null, image: init.image ?? DEFAULT_IMAGES[role] },
  };
  const containers = [...design.containers];
  if (role === 'main') {
    let lastApp = -1;
    containers.forEach((c, i) => {
      if (!isInInitContainers(design, c)) lastApp = i;
    });
    containers.splice(lastApp + 1, 0, container);
  } else {
    containers.push(container);
  }
  const positions = init.position
    ? { ...design.positions, [containerKey(name)]: { ...init.position } }
    : design.positions;
  return { ...design, containers, positions };
}

/** Removes a container with its port links and its canvas position. */
export function removeContainer(design: Design, name: string): Design {
  requireContainer(design, name);
  return {
    ...design,
    containers: design.containers.filter((c) => c.name !== name),
    links: design.links.filter((l) => l.from !== name && l.to !== name),
    positions: withoutPosition(design.positions, containerKey(name)),
  };
}

/**
 * Renames a container; port links, the canvas position and a kubectl default-container annotation
 * naming it follow. The new name must be a
 * DNS-1123 label not used by any other container (main, sidecar or init).
 */
export function renameContainer(design: Design, name: string, newName: string): Design {
  requireContainer(design, name);
  if (newName === name) return design;
  assertContainerNameFree(design, newName, name);
  const rename = (n: string) => (n === name ? newName : n);
  return renameDefaultContainer(
    {
      ...design,
      containers: design.containers.map((c) => {
        if (c.name !== name) return c;
        // A new name replaces the one written in the manifest too.
        const { declaredName: _written, ...rest } = c;
        return { ...rest, name: newName };
      }),
      links: design.links.map((l) => ({ ...l, from: rename(l.from), to: rename(l.to) })),
      positions: renamePosition(design.positions, containerKey(name), containerKey(newName)),
    },
    name,
    newName,
  );
}

/** How far a copy is placed from its original on the canvas. */
const COPY_OFFSET = 40;

/**
 * Adds a copy of a container (same role, image, mounts and settings) with a unique name such as
 * "app-2", right after the original. Port links are not copied.
 */
export function duplicateContainer(design: Design, name: string): Design {
  const original = requireContainer(design, name);
  const copyName = uniqueName(
    name,
    design.containers.map((c) => c.name),
  );
  const copy: Container = {
    ...original,
    name: copyName,
    mounts: original.mounts.map((m) => ({ ...m, raw: cloneJson(m.raw) })),
    raw: cloneJson(original.raw),
  };
  const index = design.containers.indexOf(original);
  const containers = [...design.containers];
  containers.splice(index + 1, 0, copy);
  const at = design.positions[containerKey(name)];
  const positions = at
    ? {
        ...design.positions,
        [containerKey(copyName)]: { x: at.x + COPY_OFFSET, y: at.y + COPY_OFFSET },
      }
    : design.positions;
  return { ...design, containers, positions };
}
