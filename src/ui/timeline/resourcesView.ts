import { type EffectiveResources, effectivePodResources, type ResourceTerm } from '../../lifecycle';
import type { Design, SidecarMode } from '../../model/types';

/** One term of `max(…)` as shown: "init-b + proxy = 640Mi". */
export interface TermView {
  text: string;
  wins: boolean;
}

/** One placement's value of one resource, with the formula that gives it. */
export interface PlacementValue {
  display: string;
  terms: TermView[];
  /** Words on what replaces or adds to the formula (pod-level resources, overhead, no limit). */
  notes: string[];
}

export interface ResourceRowView {
  side: 'requests' | 'limits';
  resource: 'cpu' | 'memory';
  native: PlacementValue;
  legacy: PlacementValue;
  /** True when the placement of the sidecars changes the value. */
  differs: boolean;
}

export interface ResourcesView {
  rows: ResourceRowView[];
  /** How this design places its sidecars, or `none` without sidecars. */
  current: SidecarMode | 'mixed' | 'none';
  /** Sentences for the learner: why the two placements differ, or why they do not. */
  summary: string[];
  notes: string[];
}

function placed(design: Design, mode: SidecarMode): Design {
  return {
    ...design,
    containers: design.containers.map((c) => (c.role === 'sidecar' ? { ...c, mode } : c)),
  };
}

function placementValue(term: ResourceTerm | undefined): PlacementValue {
  if (term === undefined) return { display: 'not set', terms: [], notes: [] };
  const notes: string[] = [];
  if (term.unboundedBy !== undefined && term.unboundedBy.length > 0)
    notes.push(
      `unbounded: ${term.unboundedBy.join(', ')} set${term.unboundedBy.length === 1 ? 's' : ''} no limit`,
    );
  if (term.podLevel !== undefined) notes.push(`pod-level spec.resources: ${term.podLevel.display}`);
  if (term.overhead !== undefined) notes.push(`+ overhead ${term.overhead.display}`);
  return {
    display: term.display,
    terms: term.terms.map((t) => ({
      text:
        t.kind === 'main+sidecars'
          ? `running: ${t.label || 'nothing'} = ${t.display}`
          : `${t.label} = ${t.display}`,
      wins: t.wins,
    })),
    notes,
  };
}

function currentMode(design: Design): ResourcesView['current'] {
  const modes = new Set(
    design.containers.filter((c) => c.role === 'sidecar').map((c) => c.mode ?? design.sidecarMode),
  );
  if (modes.size === 0) return 'none';
  if (modes.size > 1) return 'mixed';
  return modes.has('native') ? 'native' : 'legacy';
}

/**
 * The Pod's effective cpu and memory requests and limits, once with every sidecar native and once
 * with every sidecar legacy, each with the terms of the formula of sidecar-rules.md §6.1.
 */
export function resourcesView(design: Design): ResourcesView {
  const native: EffectiveResources = effectivePodResources(placed(design, 'native'));
  const legacy: EffectiveResources = effectivePodResources(placed(design, 'legacy'));
  const rows: ResourceRowView[] = [];
  for (const side of ['requests', 'limits'] as const) {
    for (const resource of ['cpu', 'memory'] as const) {
      const n = native[side][resource];
      const l = legacy[side][resource];
      if (n === undefined && l === undefined) continue;
      rows.push({
        side,
        resource,
        native: placementValue(n),
        legacy: placementValue(l),
        differs: (n?.display ?? '') !== (l?.display ?? ''),
      });
    }
  }
  const current = currentMode(design);
  const summary: string[] = [];
  if (rows.length === 0) {
    summary.push(
      'No container sets cpu or memory requests or limits yet. Set them in the inspector to see what the scheduler reserves for the Pod.',
    );
  } else if (current === 'none') {
    summary.push('This Pod has no sidecars, so both placements give the same values.');
  } else {
    summary.push(
      'Native sidecars count while the Pod runs (with the main containers) and also during every init container declared after them, because they keep running while it works. The Pod reserves the largest of these sums.',
      'Legacy sidecars are entries of containers: they count only while the Pod runs, and each init container counts alone.',
    );
    if (!rows.some((r) => r.differs))
      summary.push('For this design both placements happen to give the same values.');
  }
  return { rows, current, summary, notes: native.notes };
}
