import type { Container, Design } from '../../model/types';
import { kindOf, startOrder } from './containers';
import { formatCpu, formatMemory, parseQuantity, toMillicores } from './quantity';
import { objectAt } from './raw';

export type ResourceName = 'cpu' | 'memory';

/** The effective pod value of one resource (sidecar-rules.md §6.1), in millicores or bytes. */
export interface EffectiveResource {
  resource: ResourceName;
  /** Σ containers + Σ native sidecars. */
  steady: number;
  /** max over i of initUse(i); 0 without init containers. */
  initPeak: number;
  /** The init container (or sidecar) whose initUse is the peak. */
  initPeakAt?: string;
  /** spec.overhead for this resource. */
  overhead: number;
  /** max(steady, initPeak) + overhead. */
  effective: number;
  /** True when initialization needs more than the steady state. */
  initDominates: boolean;
}

/** One container's request or limit in millicores (cpu) or bytes (memory); undefined if unset. */
export function amountOf(
  container: Container,
  resource: ResourceName,
  which: 'requests' | 'limits',
): number | undefined {
  const value = objectAt(objectAt(container.raw, 'resources'), which)?.[resource];
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const parsed = parseQuantity(value);
  if (parsed === undefined) return undefined;
  return resource === 'cpu' ? toMillicores(parsed) : Math.ceil(parsed);
}

function overheadOf(design: Design, resource: ResourceName): number {
  const value = objectAt(design.podSpec, 'overhead')?.[resource];
  if (typeof value !== 'string' && typeof value !== 'number') return 0;
  const parsed = parseQuantity(value) ?? 0;
  return resource === 'cpu' ? toMillicores(parsed) : Math.ceil(parsed);
}

/** The code formula of §6.1 (K-RES `aggregateContainerResourcesByFn`) for requests or limits. */
export function effectiveResource(
  design: Design,
  resource: ResourceName,
  which: 'requests' | 'limits' = 'requests',
): EffectiveResource {
  let steady = 0;
  let sidecarsSoFar = 0;
  let initPeak = 0;
  let initPeakAt: string | undefined;
  for (const container of startOrder(design)) {
    const amount = amountOf(container, resource, which) ?? 0;
    const kind = kindOf(design, container);
    if (kind === 'main' || kind === 'legacy-sidecar') {
      steady += amount;
      continue;
    }
    // a sidecar counts itself and the sidecars before it; a regular init container itself and
    // the sidecars before it: both are `sidecarsSoFar + amount` at this point
    const use = sidecarsSoFar + amount;
    if (kind === 'native-sidecar') {
      sidecarsSoFar += amount;
      steady += amount;
    }
    if (use > initPeak) {
      initPeak = use;
      initPeakAt = container.name;
    }
  }
  const overhead = overheadOf(design, resource);
  const result: EffectiveResource = {
    resource,
    steady,
    initPeak,
    overhead,
    effective: Math.max(steady, initPeak) + overhead,
    initDominates: initPeak > steady,
  };
  if (initPeakAt !== undefined) result.initPeakAt = initPeakAt;
  return result;
}

/** Containers that count for a resource's limit but declare none (the pod limit is unbounded). */
export function unlimitedContainers(design: Design, resource: ResourceName): Container[] {
  return design.containers.filter((c) => amountOf(c, resource, 'limits') === undefined);
}

/** "650m" or "640Mi". */
export function formatAmount(resource: ResourceName, amount: number): string {
  return resource === 'cpu' ? formatCpu(amount) : formatMemory(amount);
}
