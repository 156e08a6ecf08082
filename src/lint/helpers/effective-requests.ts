import { effectivePodResources, type ResourceTerm } from '../../lifecycle/resources';
import { formatQuantity } from '../../model/quantity';
import type { Design } from '../../model/types';

export type ResourceName = 'cpu' | 'memory';

/**
 * The effective Pod request of one resource (sidecar-rules.md §6.1) told as its parts, in the
 * resource's base unit (cores or bytes).
 */
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
  /** The Pod's value: max(steady, initPeak) (or the pod-level value) plus overhead. */
  effective: number;
  /** True when initialization needs more than the steady state. */
  initDominates: boolean;
}

/** The parts of one resource's effective request, from the Pod's effective resources. */
export function requestParts(
  resource: ResourceName,
  term: ResourceTerm | undefined,
): EffectiveResource {
  const terms = term?.terms ?? [];
  const steady = terms.find((t) => t.kind === 'main+sidecars')?.value ?? 0;
  let initPeak = 0;
  let initPeakAt: string | undefined;
  for (const t of terms) {
    if (t.kind !== 'init' || t.value <= initPeak) continue;
    initPeak = t.value;
    initPeakAt = t.container;
  }
  const result: EffectiveResource = {
    resource,
    steady,
    initPeak,
    overhead: term?.overhead?.value ?? 0,
    effective: term?.value ?? 0,
    initDominates: initPeak > steady,
  };
  if (initPeakAt !== undefined) result.initPeakAt = initPeakAt;
  return result;
}

/** The parts of the Pod's effective request for cpu or memory. */
export function effectiveResource(design: Design, resource: ResourceName): EffectiveResource {
  return requestParts(resource, effectivePodResources(design).requests[resource]);
}

/** "650m" or "640Mi", for an amount in the resource's base unit. */
export function formatAmount(resource: ResourceName, amount: number): string {
  return formatQuantity(resource, Math.round(amount * 1000));
}
