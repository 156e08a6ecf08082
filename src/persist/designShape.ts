import { clampPosition } from '../model/bounds';
import { isJsonObject, type JsonObject, type JsonValue } from '../model/json';
import { isKubernetesVersion } from '../model/ops/target';
import {
  CONTAINER_ROLES,
  type Container,
  type Design,
  type Mount,
  type PortLink,
  type Position,
  SIDECAR_PURPOSES,
  type SidecarMode,
  VOLUME_TYPES,
  type Volume,
  WORKLOAD_KINDS,
} from '../model/types';

const SIDECAR_MODES: readonly SidecarMode[] = ['native', 'legacy'];

/** Thrown inside this module only, to stop at the first field that is not what it should be. */
class BadShape extends Error {}

function object(value: JsonValue | undefined, what: string): JsonObject {
  if (!isJsonObject(value)) throw new BadShape(`${what} is not an object.`);
  return value;
}

function list(value: JsonValue | undefined, what: string): JsonValue[] {
  if (!Array.isArray(value)) throw new BadShape(`${what} is not a list.`);
  return value;
}

function text(value: JsonValue | undefined, what: string): string {
  if (typeof value !== 'string') throw new BadShape(`${what} is not text.`);
  return value;
}

function finite(value: JsonValue | undefined, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new BadShape(`${what} is not a number.`);
  }
  return value;
}

function oneOf<T extends string>(
  value: JsonValue | undefined,
  allowed: readonly T[],
  what: string,
): T {
  const found = allowed.find((option) => option === value);
  if (found === undefined) throw new BadShape(`${what} is not one of ${allowed.join(', ')}.`);
  return found;
}

function optionalBoolean(value: JsonValue | undefined, what: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new BadShape(`${what} is not true or false.`);
  return value;
}

function readMount(value: JsonValue, what: string): Mount {
  const m = object(value, what);
  const mount: Mount = {
    volume: text(m.volume, `${what}'s volume`),
    mountPath: text(m.mountPath, `${what}'s mountPath`),
    raw: object(m.raw, `${what}'s raw object`),
  };
  const readOnly = optionalBoolean(m.readOnly, `${what}'s readOnly`);
  if (readOnly !== undefined) mount.readOnly = readOnly;
  if (m.subPath !== undefined) mount.subPath = text(m.subPath, `${what}'s subPath`);
  return mount;
}

function readContainer(value: JsonValue, index: number): Container {
  const c = object(value, `Container ${index + 1}`);
  const what = `Container ${index + 1}`;
  const container: Container = {
    name: text(c.name, `${what}'s name`),
    role: oneOf(c.role, CONTAINER_ROLES, `${what}'s role`),
    mounts: list(c.mounts, `${what}'s mounts`).map((m, i) =>
      readMount(m, `${what}'s mount ${i + 1}`),
    ),
    raw: object(c.raw, `${what}'s raw object`),
  };
  if (c.mode !== undefined) container.mode = oneOf(c.mode, SIDECAR_MODES, `${what}'s mode`);
  if (c.purpose !== undefined)
    container.purpose = oneOf(c.purpose, SIDECAR_PURPOSES, `${what}'s purpose`);
  const guessed = optionalBoolean(c.guessed, `${what}'s guessed flag`);
  if (guessed !== undefined) container.guessed = guessed;
  if (c.guessReason !== undefined) container.guessReason = text(c.guessReason, `${what}'s guess`);
  if (c.declaredName !== undefined) {
    container.declaredName = text(c.declaredName, `${what}'s declared name`);
  }
  return container;
}

function readVolume(value: JsonValue, index: number): Volume {
  const what = `Volume ${index + 1}`;
  const v = object(value, what);
  const volume: Volume = {
    name: text(v.name, `${what}'s name`),
    type: oneOf(v.type, VOLUME_TYPES, `${what}'s type`),
    raw: object(v.raw, `${what}'s raw object`),
  };
  if (v.declaredName !== undefined) {
    volume.declaredName = text(v.declaredName, `${what}'s declared name`);
  }
  return volume;
}

function readLink(value: JsonValue, index: number): PortLink {
  const what = `Port link ${index + 1}`;
  const l = object(value, what);
  return {
    from: text(l.from, `${what}'s from`),
    to: text(l.to, `${what}'s to`),
    port: finite(l.port, `${what}'s port`),
  };
}

function readPositions(value: JsonValue | undefined): Record<string, Position> {
  const positions: Record<string, Position> = {};
  for (const [key, entry] of Object.entries(object(value, 'The positions'))) {
    const p = object(entry, `The position of ${key}`);
    if (key === '__proto__') continue;
    positions[key] = clampPosition({
      x: finite(p.x, `x of ${key}`),
      y: finite(p.y, `y of ${key}`),
    });
  }
  return positions;
}

function readTarget(value: JsonValue | undefined): Design['target'] {
  const target = text(value, 'The target Kubernetes version');
  if (!isKubernetesVersion(target)) {
    throw new BadShape(`The target Kubernetes version "${target}" is not like "1.31".`);
  }
  return target;
}

function build(value: JsonValue): Design {
  const d = object(value, 'The design');
  return {
    kind: oneOf(d.kind, WORKLOAD_KINDS, 'The workload kind'),
    apiVersion: text(d.apiVersion, 'The apiVersion'),
    metadata: object(d.metadata, 'The metadata'),
    controller: object(d.controller, 'The controller fields'),
    templateMetadata: object(d.templateMetadata, 'The template metadata'),
    podSpec: object(d.podSpec, 'The pod spec'),
    rest: object(d.rest, 'The other top-level fields'),
    containers: list(d.containers, 'The containers').map(readContainer),
    volumes: list(d.volumes, 'The volumes').map(readVolume),
    links: list(d.links, 'The port links').map(readLink),
    positions: readPositions(d.positions),
    target: readTarget(d.target),
    sidecarMode: oneOf(d.sidecarMode, SIDECAR_MODES, 'The sidecar mode'),
  };
}

/**
 * A Design built field by field from plain JSON, or the first field that has the wrong shape.
 * Fields a Design does not have are left behind. It checks shape only; the model's rules are
 * `checkIntegrity`' job.
 */
export function readDesign(
  value: JsonValue,
): { ok: true; design: Design } | { ok: false; reason: string } {
  try {
    return { ok: true, design: build(value) };
  } catch (error) {
    if (error instanceof BadShape) return { ok: false, reason: error.message };
    throw error;
  }
}
