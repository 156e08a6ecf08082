import { isJsonObject, type JsonObject } from '../model/json';
import { appContainersOf, initContainersOf, isNativeSidecar } from '../model/placement';
import { formatQuantity, parseMilli } from '../model/quantity';
import type { Container, Design } from '../model/types';

/** One container's share in a term of the formula. */
export interface TermPart {
  container: string;
  /** In the resource's base unit: cores for cpu, bytes for memory, a count otherwise. */
  value: number;
  display: string;
}

/**
 * One term of the formula of sidecar-rules.md §6.1: `main+sidecars` is the steady state (every
 * main container and every native sidecar); `init` is `initUse(i)` for one init container (a
 * regular init container plus the native sidecars declared before it, or for a sidecar the
 * sidecars up to and including it).
 */
export interface FormulaTerm {
  kind: 'main+sidecars' | 'init';
  /** For `init`: the init container (or sidecar) at index i. */
  container?: string;
  /** The names added up, e.g. "init-b + proxy". */
  label: string;
  value: number;
  display: string;
  parts: TermPart[];
  /** True for the term that gives the effective value. */
  wins: boolean;
}

/** A value in the resource's base unit with its readable form. */
export interface ResourceAmount {
  /** `null` for a limit that is unbounded. */
  value: number | null;
  display: string;
}

/** The effective value of one resource, for requests or for limits, with the reason for it. */
export interface ResourceTerm extends ResourceAmount {
  resource: string;
  /** Which side of the formula gives the value; `pod-level` when `spec.resources` sets it. */
  winner: 'main+sidecars' | 'init' | 'pod-level';
  terms: FormulaTerm[];
  /** `spec.overhead` added on top, if any. */
  overhead?: ResourceAmount;
  /** `spec.resources` (pod-level resources), which replaces the containers' total. */
  podLevel?: ResourceAmount;
  /** For limits: containers without a limit for this resource, which make the Pod's unbounded. */
  unboundedBy?: string[];
  /** The value if every sidecar were a legacy sidecar (an entry of `containers`). */
  legacy: ResourceAmount;
}

/** The Pod's effective requests and limits, by resource name. */
export interface EffectiveResources {
  requests: Record<string, ResourceTerm>;
  limits: Record<string, ResourceTerm>;
  /** Sentences about values that could not be read and were left out. */
  notes: string[];
}

type Side = 'requests' | 'limits';

function sideOf(raw: JsonObject, side: Side): JsonObject {
  const resources = raw.resources;
  const values = isJsonObject(resources) ? resources[side] : undefined;
  return isJsonObject(values) ? values : {};
}

function podLevelResource(resource: string): boolean {
  return resource === 'cpu' || resource === 'memory' || resource.startsWith('hugepages-');
}

/** Reads one container's value; requests default to limits, as the API server defaults them. */
function amountOf(c: Container, side: Side, resource: string, notes: string[]): number | undefined {
  const sides: Side[] = side === 'requests' ? ['requests', 'limits'] : ['limits'];
  for (const s of sides) {
    const text = sideOf(c.raw, s)[resource];
    if (text === undefined) continue;
    const milli = parseMilli(text);
    if (milli !== undefined) return milli;
    const note = `${c.name}'s resources.${s}.${resource} (${JSON.stringify(text)}) is not a Kubernetes quantity and is left out.`;
    if (!notes.includes(note)) notes.push(note);
  }
  return undefined;
}

function amount(resource: string, milli: number | null): ResourceAmount {
  return milli === null
    ? { value: null, display: 'unbounded' }
    : { value: milli / 1000, display: formatQuantity(resource, milli) };
}

function term(
  kind: FormulaTerm['kind'],
  resource: string,
  members: Container[],
  values: Map<Container, number>,
  container?: string,
): FormulaTerm & { milli: number } {
  const parts: TermPart[] = [];
  for (const c of members) {
    const value = values.get(c);
    if (value === undefined) continue;
    parts.push({
      container: c.name,
      value: value / 1000,
      display: formatQuantity(resource, value),
    });
  }
  const milli = members.reduce((sum, c) => sum + (values.get(c) ?? 0), 0);
  const label = members.map((c) => c.name).join(' + ');
  const result = {
    kind,
    label,
    parts,
    wins: false,
    milli,
    value: milli / 1000,
    display: formatQuantity(resource, milli),
  };
  return container === undefined ? result : { ...result, container };
}

interface Aggregate {
  milli: number | null;
  result: Omit<ResourceTerm, 'legacy'>;
}

function aggregate(design: Design, side: Side, resource: string, notes: string[]): Aggregate {
  const inits = initContainersOf(design);
  const apps = appContainersOf(design);
  const sidecars = inits.filter((c) => isNativeSidecar(design, c));
  const values = new Map<Container, number>();
  for (const c of design.containers) {
    const value = amountOf(c, side, resource, notes);
    if (value !== undefined) values.set(c, value);
  }
  const terms = [term('main+sidecars', resource, [...apps, ...sidecars], values)];
  for (const [index, c] of inits.entries()) {
    const before = sidecars.filter((s) => inits.indexOf(s) < index);
    terms.push(
      term(
        'init',
        resource,
        isNativeSidecar(design, c) ? [...before, c] : [c, ...before],
        values,
        c.name,
      ),
    );
  }
  const best = terms.reduce((a, b) => (b.milli > a.milli ? b : a));
  best.wins = true;
  let milli: number | null = best.milli;
  let winner: ResourceTerm['winner'] = best.kind;
  const result: Omit<ResourceTerm, 'legacy'> = {
    resource,
    winner,
    terms: terms.map(({ milli: _milli, ...rest }) => rest),
    ...amount(resource, milli),
  };
  const missing = design.containers.filter((c) => !values.has(c)).map((c) => c.name);
  if (side === 'limits' && missing.length > 0) {
    result.unboundedBy = missing;
    milli = null;
  }
  const podLevel = podLevelResource(resource)
    ? parseMilli(sideOf(design.podSpec, side)[resource])
    : undefined;
  if (podLevel !== undefined) {
    milli = podLevel;
    winner = 'pod-level';
    result.podLevel = amount(resource, podLevel);
  }
  const overheads = design.podSpec.overhead;
  const overhead = isJsonObject(overheads) ? parseMilli(overheads[resource]) : undefined;
  if (overhead !== undefined && milli !== null && (side === 'requests' || milli > 0)) {
    milli += overhead;
    result.overhead = amount(resource, overhead);
  }
  return { milli, result: { ...result, winner, ...amount(resource, milli) } };
}

function resourceNames(design: Design, side: Side): string[] {
  const names = new Set<string>();
  const sides: Side[] = side === 'requests' ? ['requests', 'limits'] : ['limits'];
  for (const c of design.containers)
    for (const s of sides) for (const r of Object.keys(sideOf(c.raw, s))) names.add(r);
  for (const r of Object.keys(sideOf(design.podSpec, side))) if (podLevelResource(r)) names.add(r);
  const overhead = design.podSpec.overhead;
  if (side === 'requests' && isJsonObject(overhead))
    for (const r of Object.keys(overhead)) names.add(r);
  return [...names].sort();
}

/** The same design with every sidecar written as a legacy sidecar. */
function asLegacy(design: Design): Design {
  return {
    ...design,
    containers: design.containers.map((c) => (c.role === 'sidecar' ? { ...c, mode: 'legacy' } : c)),
  };
}

/**
 * The Pod's effective requests and limits as the scheduler and the kubelet compute them
 * (sidecar-rules.md §6.1, K-RES `aggregateContainerResourcesByFn`): per resource, the larger of
 * the steady state (main containers plus native sidecars) and every `initUse(i)`; pod-level
 * `spec.resources` replace cpu, memory and hugepages; `spec.overhead` is added (to limits only
 * where a limit exists). A limit is unbounded when some container sets none for that resource.
 * Each value comes with the formula's terms and with the value the same sidecars would give in
 * legacy placement.
 */
export function effectivePodResources(design: Design): EffectiveResources {
  const notes: string[] = [];
  const legacyDesign = asLegacy(design);
  const result: EffectiveResources = { requests: {}, limits: {}, notes };
  for (const side of ['requests', 'limits'] as const) {
    for (const resource of resourceNames(design, side)) {
      const native = aggregate(design, side, resource, notes);
      const legacy = aggregate(legacyDesign, side, resource, []);
      result[side][resource] = { ...native.result, legacy: amount(resource, legacy.milli) };
    }
  }
  return result;
}
