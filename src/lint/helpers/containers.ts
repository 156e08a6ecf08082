import {
  appContainersOf,
  initContainersOf,
  isInInitContainers,
  isNativeSidecar,
} from '../../model/placement';
import type { Container, Design } from '../../model/types';

/** How the kubelet treats a container (sidecar-rules.md §0.1). */
export type ContainerKind = 'main' | 'legacy-sidecar' | 'native-sidecar' | 'init';

export function kindOf(design: Design, container: Container): ContainerKind {
  if (isNativeSidecar(design, container)) return 'native-sidecar';
  if (isInInitContainers(design, container)) return 'init';
  return container.role === 'sidecar' ? 'legacy-sidecar' : 'main';
}

/** True for an entry of `spec.containers` (main containers and legacy sidecars). */
export function isAppContainer(design: Design, container: Container): boolean {
  return !isInInitContainers(design, container);
}

/** `index(c)`: the position in `spec.initContainers`, or -1 for an entry of `containers`. */
export function initIndexOf(design: Design, container: Container): number {
  return initContainersOf(design).findIndex((c) => c.name === container.name);
}

/** The containers in the order they start: `initContainers` in order, then `containers`. */
export function startOrder(design: Design): Container[] {
  return [...initContainersOf(design), ...appContainersOf(design)];
}

/** Position in start order (see startOrder), -1 when the container is not in the design. */
export function startPosition(design: Design, container: Container): number {
  return startOrder(design).findIndex((c) => c.name === container.name);
}

/**
 * `concurrent(A, B)` of sidecar-rules.md §0.1: both can run at the same time. Legacy sidecars
 * are entries of `containers`, so they count as main containers here.
 */
export function concurrent(design: Design, a: Container, b: Container): boolean {
  if (a.name === b.name) return false;
  const kindA = kindOf(design, a);
  const kindB = kindOf(design, b);
  const runsLong = (kind: ContainerKind) => kind !== 'init';
  if (runsLong(kindA) && runsLong(kindB)) return true;
  if (kindA === 'init' && kindB === 'native-sidecar') {
    return initIndexOf(design, b) < initIndexOf(design, a);
  }
  if (kindB === 'init' && kindA === 'native-sidecar') {
    return initIndexOf(design, a) < initIndexOf(design, b);
  }
  return false;
}

/**
 * True when `later` is started only after `earlier` has started (or finished): init containers
 * and sidecars by index, and every entry of `containers` after the whole init sequence.
 */
export function startsAfter(design: Design, later: Container, earlier: Container): boolean {
  if (later.name === earlier.name) return false;
  const laterIndex = initIndexOf(design, later);
  const earlierIndex = initIndexOf(design, earlier);
  if (earlierIndex < 0) return false;
  return laterIndex < 0 || laterIndex > earlierIndex;
}

/** "main container 'app'", "sidecar 'proxy'", "init container 'setup'". */
export function labelOf(design: Design, container: Container): string {
  const kind = kindOf(design, container);
  const label =
    kind === 'native-sidecar'
      ? 'sidecar'
      : kind === 'legacy-sidecar'
        ? 'legacy sidecar'
        : kind === 'init'
          ? 'init container'
          : 'main container';
  return `${label} '${container.name}'`;
}

/** The sentence added to a finding that rests on a guessed role or purpose (§8.0). */
export function guessNote(containers: readonly Container[]): string {
  const guessed = [...new Set(containers.filter((c) => c.guessed === true))];
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const c of guessed) {
    if (seen.has(c.name)) continue;
    seen.add(c.name);
    parts.push(c.guessReason ? `'${c.name}' (${c.guessReason})` : `'${c.name}'`);
  }
  if (parts.length === 0) return '';
  return ` This rests on a guessed role or purpose of ${parts.join(' and ')}; confirm or correct it in the inspector.`;
}

/** True when any of these containers has a guessed role or purpose. */
export function anyGuessed(containers: readonly Container[]): boolean {
  return containers.some((c) => c.guessed === true);
}
