import { cloneJson, type JsonObject } from '../json';
import { uniqueName } from '../names';
import type { Design, Position, Volume, VolumeType } from '../types';
import { OpError } from './opError';
import {
  assertPosition,
  assertVolumeNameFree,
  renamePosition,
  requireVolume,
  volumeKey,
  withoutPosition,
} from './shared';
import {
  DEFAULT_VOLUME_NAMES,
  defaultClaimSpec,
  defaultSource,
  hasSourceKey,
} from './volumeSources';

export interface NewVolume {
  name?: string;
  /** The source object (`{ name: 'app-config' }` for a configMap, ...); for a volumeClaimTemplate, the claim's `spec`. */
  source?: JsonObject;
  position?: Position;
}

export interface VolumeChange {
  type?: VolumeType;
  source?: JsonObject;
  rename?: string;
}

function assertTypeAllowed(design: Design, type: VolumeType, source: JsonObject | undefined): void {
  if (type === 'other') {
    throw new OpError('Choose a specific volume type; "other" is kept only for imported volumes.');
  }
  if (type === 'volumeClaimTemplate' && design.kind !== 'StatefulSet') {
    throw new OpError(
      'Volume claim templates exist only in StatefulSets; change the workload kind first.',
    );
  }
  if (type === 'unspecified' && source !== undefined) {
    throw new OpError('A volume of unspecified type has no source.');
  }
}

/** The raw object of a volume of `type` named `name`, with a placeholder for the name. */
function freshRaw(type: VolumeType, name: string, source: JsonObject | undefined): JsonObject {
  if (type === 'volumeClaimTemplate') return { spec: cloneJson(source ?? defaultClaimSpec()) };
  const chosen = source ?? defaultSource(type, name);
  return chosen === undefined ? { name: null } : { name: null, [type]: cloneJson(chosen) };
}

/** Volumes with `volume` inserted where its kind belongs: pod volumes first, then claim templates. */
function insertVolume(volumes: Volume[], volume: Volume): Volume[] {
  if (volume.type === 'volumeClaimTemplate') return [...volumes, volume];
  const firstTemplate = volumes.findIndex((v) => v.type === 'volumeClaimTemplate');
  const at = firstTemplate === -1 ? volumes.length : firstTemplate;
  return [...volumes.slice(0, at), volume, ...volumes.slice(at)];
}

/**
 * Adds a volume of `type` with a default or given source. Without a name it gets one from its
 * type ("config", "config-2", ...). A volumeClaimTemplate is only allowed in a StatefulSet;
 * "other" cannot be chosen.
 */
export function addVolume(design: Design, type: VolumeType, init: NewVolume = {}): Design {
  assertTypeAllowed(design, type, init.source);
  const name =
    init.name ??
    uniqueName(
      DEFAULT_VOLUME_NAMES[type],
      design.volumes.map((v) => v.name),
    );
  assertVolumeNameFree(design, name);
  if (init.position) assertPosition(init.position);
  const volume: Volume = { name, type, raw: freshRaw(type, name, init.source) };
  const positions = init.position
    ? { ...design.positions, [volumeKey(name)]: { ...init.position } }
    : design.positions;
  return { ...design, volumes: insertVolume(design.volumes, volume), positions };
}

/** The raw object of `volume` after a change of type (and maybe source). */
function retypedRaw(
  volume: Volume,
  type: VolumeType,
  name: string,
  source?: JsonObject,
): JsonObject {
  if (volume.type === 'volumeClaimTemplate' || type === 'volumeClaimTemplate') {
    return freshRaw(type, name, source);
  }
  const raw: JsonObject = {};
  for (const [key, value] of Object.entries(volume.raw)) {
    const isOldSource = volume.type === 'other' ? key !== 'name' : key === volume.type;
    if (!isOldSource) raw[key] = value;
  }
  const chosen = source ?? defaultSource(type, name);
  if (chosen !== undefined) raw[type] = cloneJson(chosen);
  return raw;
}

function resourcedRaw(volume: Volume, source: JsonObject): JsonObject {
  if (volume.type === 'volumeClaimTemplate') return { ...volume.raw, spec: cloneJson(source) };
  if (!hasSourceKey(volume.type)) {
    throw new OpError(`The volume "${volume.name}" has no source to replace; choose a type first.`);
  }
  return { ...volume.raw, [volume.type]: cloneJson(source) };
}

/**
 * Changes a volume's type (replacing its source), its source, or its name. A rename carries every
 * mount and the canvas position along. Throws OpError for a refused type or a bad or taken name.
 */
export function updateVolume(design: Design, name: string, change: VolumeChange): Design {
  const volume = requireVolume(design, name);
  const newName = change.rename ?? name;
  if (newName !== name) assertVolumeNameFree(design, newName, name);
  const type = change.type ?? volume.type;
  let raw = volume.raw;
  if (type !== volume.type) {
    assertTypeAllowed(design, type, change.source);
    raw = retypedRaw(volume, type, newName, change.source);
  } else if (change.source !== undefined) {
    raw = resourcedRaw(volume, change.source);
  }
  const updated: Volume = { name: newName, type, raw };
  // The name written in the manifest stays until the volume is renamed.
  if (volume.declaredName !== undefined && newName === name) {
    updated.declaredName = volume.declaredName;
  }
  const movesList = (volume.type === 'volumeClaimTemplate') !== (type === 'volumeClaimTemplate');
  const volumes = movesList
    ? insertVolume(
        design.volumes.filter((v) => v !== volume),
        updated,
      )
    : design.volumes.map((v) => (v === volume ? updated : v));
  if (newName === name) return { ...design, volumes };
  return {
    ...design,
    volumes,
    containers: design.containers.map((c) =>
      c.mounts.some((m) => m.volume === name)
        ? {
            ...c,
            mounts: c.mounts.map((m) => (m.volume === name ? { ...m, volume: newName } : m)),
          }
        : c,
    ),
    positions: renamePosition(design.positions, volumeKey(name), volumeKey(newName)),
  };
}

/**
 * Removes a volume and its canvas position. While containers mount it, this is refused unless
 * `options.disconnect` is true, which removes those mounts as well.
 */
export function removeVolume(
  design: Design,
  name: string,
  options: { disconnect?: boolean } = {},
): Design {
  requireVolume(design, name);
  const users = design.containers.filter((c) => c.mounts.some((m) => m.volume === name));
  if (users.length > 0 && !options.disconnect) {
    const names = users.map((c) => `"${c.name}"`).join(', ');
    throw new OpError(
      `The volume "${name}" is still mounted by ${names}; disconnect those mounts first.`,
    );
  }
  return {
    ...design,
    volumes: design.volumes.filter((v) => v.name !== name),
    containers: design.containers.map((c) =>
      users.includes(c) ? { ...c, mounts: c.mounts.filter((m) => m.volume !== name) } : c,
    ),
    positions: withoutPosition(design.positions, volumeKey(name)),
  };
}
