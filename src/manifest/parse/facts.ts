import { isPortNumber } from '../../model/facts/ports';
import { isJsonObject, type JsonObject } from '../../model/json';
import type { Container, Design, SidecarMode } from '../../model/types';
import { DESIGN_ANNOTATION, type DesignFacts, readDesignFacts } from '../annotation';
import type { ImportNote } from '../types';
import { guessLegacySidecar, guessPurpose, type PodEvidence } from './guess';

/** The metadata object that carries the pod's annotations: the Pod's own, or the template's. */
function podMetadata(design: Design): JsonObject {
  return design.kind === 'Pod' ? design.metadata : design.templateMetadata;
}

/** Takes the design annotation out of the pod metadata; returns the design without it and its value. */
function takeAnnotation(design: Design): { design: Design; value: unknown } {
  const metadata = podMetadata(design);
  const annotations = isJsonObject(metadata.annotations) ? metadata.annotations : undefined;
  if (!annotations || !(DESIGN_ANNOTATION in annotations)) return { design, value: undefined };
  const { [DESIGN_ANNOTATION]: value, ...others } = annotations;
  const { annotations: _dropped, ...rest } = metadata;
  const cleaned: JsonObject = Object.keys(others).length
    ? { ...metadata, annotations: others }
    : rest;
  const next =
    design.kind === 'Pod'
      ? { ...design, metadata: cleaned }
      : { ...design, templateMetadata: cleaned };
  return { design: next, value };
}

/**
 * Applies what the YAML alone cannot say: the `sidecar.studio/design` annotation when present,
 * otherwise guesses of legacy sidecars and purposes from images and names, marked as guesses.
 */
export function applyDesignFacts(
  parsed: Design,
  document: number,
  guess = true,
): { design: Design; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const { design, value } = takeAnnotation(parsed);
  const facts = readDesignFacts(value);
  if (value !== undefined && !facts) {
    notes.push({
      level: 'warning',
      document,
      message: `The ${DESIGN_ANNOTATION} annotation of "${nameOf(design)}" could not be read; roles, links and positions were guessed instead.`,
    });
  }
  const containers = facts
    ? withFacts(design.containers, facts)
    : guess
      ? withGuesses(design, notes, document)
      : design.containers;
  const names = new Set(containers.map((c) => c.name));
  const next: Design = {
    ...design,
    containers,
    // Links the model could not hold (to a missing container, to itself, on no port) are dropped.
    links: (facts?.links ?? []).filter(
      (l) => names.has(l.from) && names.has(l.to) && l.from !== l.to && isPortNumber(l.port),
    ),
    positions: facts?.positions ?? {},
    target: facts?.target ?? design.target,
  };
  return { design: withModes(next, facts?.mode), notes };
}

function nameOf(design: Design): string {
  return typeof design.metadata.name === 'string' ? design.metadata.name : design.kind;
}

function withFacts(containers: Container[], facts: DesignFacts): Container[] {
  const sidecars = new Set(facts.sidecars ?? []);
  return containers.map((c) => {
    const role = c.role === 'main' && sidecars.has(c.name) ? 'sidecar' : c.role;
    const purpose = role === 'sidecar' ? facts.purposes?.[c.name] : undefined;
    const next: Container = role === c.role ? { ...c } : { ...c, role, mode: 'legacy' };
    if (purpose) next.purpose = purpose;
    return next;
  });
}

/** What the pod tells the guesses: its kind, hostNetwork, and every container object. */
function podEvidence(design: Design): PodEvidence {
  return {
    kind: design.kind,
    hostNetwork: design.podSpec.hostNetwork === true,
    containers: design.containers.map((c) => ({ ...c.raw, name: c.name })),
  };
}

function withGuesses(design: Design, notes: ImportNote[], document: number): Container[] {
  const pod = podEvidence(design);
  const app = design.containers.filter((c) => c.role === 'main');
  const guesses = new Map(
    app.map((c) => [c.name, guessLegacySidecar({ ...c.raw, name: c.name }, pod)]),
  );
  // A pod needs a main container: when every entry looks like a sidecar, the first stays main.
  const guessedAll = app.every((c) => guesses.get(c.name));
  return design.containers.map((c, index) => {
    if (c.role === 'sidecar') {
      const guess = guessPurpose({ ...c.raw, name: c.name }, pod);
      return guess ? { ...c, purpose: guess.purpose, guessed: true, guessReason: guess.reason } : c;
    }
    const guess = c.role === 'main' && app.length > 1 ? guesses.get(c.name) : undefined;
    if (!guess || (guessedAll && index === 0)) return c;
    notes.push({
      level: 'info',
      document,
      message: `"${c.name}" is shown as a legacy ${guess.purpose === 'other' ? '' : `${guess.purpose} `}sidecar because ${guess.reason}. Change its role if that is wrong.`,
    });
    return {
      ...c,
      role: 'sidecar',
      mode: 'legacy',
      purpose: guess.purpose,
      guessed: true,
      guessReason: guess.reason,
    };
  });
}

/** Sets the design's sidecar mode and a per-container override wherever a sidecar differs from it. */
function withModes(design: Design, mode: Design['sidecarMode'] | undefined): Design {
  // Every sidecar carries the placement it was read with as its `mode` at this point.
  const sidecars = design.containers.filter((c) => c.role === 'sidecar');
  const anyNative = sidecars.some((c) => c.mode !== 'legacy');
  const anyLegacy = sidecars.some((c) => c.mode === 'legacy');
  const sidecarMode = mode ?? (anyLegacy && !anyNative ? 'legacy' : 'native');
  const containers = design.containers.map((c): Container => {
    const { mode: _old, ...rest } = c;
    if (c.role !== 'sidecar') return rest;
    const actual: SidecarMode = c.mode === 'legacy' ? 'legacy' : 'native';
    return actual === sidecarMode ? rest : { ...rest, mode: actual };
  });
  return { ...design, sidecarMode, containers };
}
