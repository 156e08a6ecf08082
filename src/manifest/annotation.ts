import { clampPosition } from '../model/bounds';
import { isJsonObject, type JsonObject } from '../model/json';
import { isLegacySidecar } from '../model/placement';
import {
  type Design,
  type KubernetesVersion,
  type PortLink,
  type Position,
  SIDECAR_PURPOSES,
  type SidecarMode,
  type SidecarPurpose,
} from '../model/types';

/** The pod-template annotation that carries design-only facts through YAML (DESIGN.md §3). */
export const DESIGN_ANNOTATION = 'sidecar.studio/design';

/** What the annotation holds: a small JSON value, version 1. */
export interface DesignFacts {
  target?: KubernetesVersion;
  mode?: SidecarMode;
  /** Containers of `containers` that are legacy sidecars. */
  sidecars?: string[];
  purposes?: Record<string, SidecarPurpose>;
  links?: PortLink[];
  positions?: Record<string, Position>;
}

/** The annotation value for a design (compact JSON with only what the YAML cannot say). */
export function writeDesignFacts(design: Design): string {
  // Sorted, so that the value does not change with the order containers are listed in.
  const byName = [...design.containers].sort((a, b) => (a.name < b.name ? -1 : 1));
  const sidecars = byName.filter((c) => isLegacySidecar(design, c)).map((c) => c.name);
  const purposes: Record<string, SidecarPurpose> = {};
  for (const c of byName) if (c.purpose && !c.guessed) purposes[c.name] = c.purpose;
  const positions: Record<string, [number, number]> = {};
  for (const key of Object.keys(design.positions).sort()) {
    const p = design.positions[key] as Position;
    positions[key] = [Math.round(p.x), Math.round(p.y)];
  }
  const facts: Record<string, unknown> = { v: 1, target: design.target, mode: design.sidecarMode };
  if (sidecars.length) facts.sidecars = sidecars;
  if (Object.keys(purposes).length) facts.purposes = purposes;
  if (design.links.length) facts.links = design.links.map((l) => [l.from, l.to, l.port]);
  if (Object.keys(positions).length) facts.positions = positions;
  return JSON.stringify(facts);
}

/**
 * Reads the annotation value defensively: it comes from files people import, so every field is
 * checked and anything malformed is ignored (the caller notes that the annotation was unusable).
 */
export function readDesignFacts(value: unknown): DesignFacts | undefined {
  if (typeof value !== 'string') return undefined;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!isJsonObject(data) || data.v !== 1) return undefined;
  const facts: DesignFacts = {};
  if (typeof data.target === 'string' && /^1\.\d{1,2}$/.test(data.target)) {
    facts.target = data.target as KubernetesVersion;
  }
  if (data.mode === 'native' || data.mode === 'legacy') facts.mode = data.mode;
  if (Array.isArray(data.sidecars)) {
    facts.sidecars = data.sidecars.filter((n): n is string => typeof n === 'string');
  }
  if (isJsonObject(data.purposes)) facts.purposes = readPurposes(data.purposes);
  if (Array.isArray(data.links)) facts.links = data.links.flatMap(readLink);
  if (isJsonObject(data.positions)) facts.positions = readPositions(data.positions);
  return facts;
}

function readPurposes(value: JsonObject): Record<string, SidecarPurpose> {
  const purposes: Record<string, SidecarPurpose> = {};
  for (const [name, purpose] of Object.entries(value)) {
    if (isSafeKey(name) && SIDECAR_PURPOSES.includes(purpose as SidecarPurpose)) {
      purposes[name] = purpose as SidecarPurpose;
    }
  }
  return purposes;
}

function readLink(value: unknown): PortLink[] {
  if (!Array.isArray(value) || value.length !== 3) return [];
  const [from, to, port] = value;
  if (typeof from !== 'string' || typeof to !== 'string' || from === to) return [];
  if (!Number.isInteger(port) || port < 1 || port > 65535) return [];
  return [{ from, to, port }];
}

function readPositions(value: JsonObject): Record<string, Position> {
  const positions: Record<string, Position> = {};
  for (const [key, pair] of Object.entries(value)) {
    if (!isSafeKey(key) || !Array.isArray(pair) || pair.length !== 2) continue;
    const [x, y] = pair;
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x + y)) {
      positions[key] = clampPosition({ x, y });
    }
  }
  return positions;
}

/** False for the one key that changes an object's prototype when assigned. */
function isSafeKey(key: string): boolean {
  return key !== '__proto__';
}
