import { isJsonObject, type JsonObject, type JsonValue } from '../model/json';
import { APP_ID, ENVELOPE_VERSION } from './envelope';

/**
 * Format 0: what early builds saved, the Design object itself with no envelope. It is recognised
 * by the fields every design has (`kind`, `containers`, `volumes`) and the absence of `app`.
 */
function isBareDesign(value: JsonObject): boolean {
  return (
    !('app' in value) &&
    typeof value.kind === 'string' &&
    Array.isArray(value.containers) &&
    Array.isArray(value.volumes)
  );
}

/** Format 0 → 1: wrap the design, with no save time, no tab and revision 0. */
function fromVersion0(design: JsonObject): JsonObject {
  return { app: APP_ID, version: 1, savedAt: null, tabId: '', revision: 0, design };
}

/** One step per format: `STEPS[n]` turns format n into format n + 1. */
const STEPS: Readonly<Record<number, (value: JsonObject) => JsonObject>> = {
  0: fromVersion0,
};

/** A saved value in the current envelope format (not yet checked field by field), or why not. */
export type Migrated =
  | { ok: true; value: JsonObject; from: number }
  | { ok: false; reason: string };

/** The format of a saved value, or why it has none Sidecar Studio knows. */
function formatOf(value: JsonValue): { ok: true; version: number } | { ok: false; reason: string } {
  if (!isJsonObject(value)) {
    return { ok: false, reason: 'The saved data is not a Sidecar Studio design.' };
  }
  if (value.app === APP_ID) {
    const { version } = value;
    if (typeof version === 'number' && Number.isInteger(version) && version >= 1) {
      return { ok: true, version };
    }
    return { ok: false, reason: 'The saved design has no readable format version.' };
  }
  if (isBareDesign(value)) return { ok: true, version: 0 };
  return { ok: false, reason: 'The saved data is not a Sidecar Studio design.' };
}

/**
 * Brings a saved value up to the current envelope format, one step at a time. A format newer
 * than this version of Sidecar Studio knows is refused, never guessed at.
 */
export function migrate(value: JsonValue): Migrated {
  const format = formatOf(value);
  if (!format.ok) return format;
  if (format.version > ENVELOPE_VERSION) {
    return {
      ok: false,
      reason: `The design was saved by a newer version of Sidecar Studio (format ${format.version}); this version reads formats up to ${ENVELOPE_VERSION}.`,
    };
  }
  let current = value as JsonObject;
  for (let version = format.version; version < ENVELOPE_VERSION; version++) {
    const step = STEPS[version];
    if (step === undefined) {
      return { ok: false, reason: `Sidecar Studio cannot read saved format ${version}.` };
    }
    current = step(current);
  }
  return { ok: true, value: current, from: format.version };
}
