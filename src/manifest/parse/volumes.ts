import { isJsonObject, type JsonObject, type JsonValue } from '../../model/json';
import { hasSourceKey } from '../../model/ops/volumeSources';
import { VOLUME_TYPES, type Volume, type VolumeType } from '../../model/types';
import { withPlaceholders } from '../overlay';

const SOURCE_TYPES: readonly VolumeType[] = VOLUME_TYPES.filter(hasSourceKey);

/** The type of a `spec.volumes[]` entry from its source key. */
export function volumeTypeOf(raw: JsonObject): VolumeType {
  const keys = Object.keys(raw).filter((k) => k !== 'name');
  if (keys.length === 0) return 'unspecified';
  const known = SOURCE_TYPES.find((type) => keys.includes(type));
  return known ?? 'other';
}

/** A `spec.volumes[]` entry as a Volume. */
export function parseVolume(value: JsonValue): Volume {
  const raw = isJsonObject(value) ? value : {};
  return {
    name: typeof raw.name === 'string' ? raw.name : '',
    type: volumeTypeOf(raw),
    raw: withPlaceholders(raw, ['name']),
  };
}

/** A StatefulSet `volumeClaimTemplates[]` entry as a Volume of type volumeClaimTemplate. */
export function parseClaimTemplate(value: JsonValue): Volume {
  const raw = isJsonObject(value) ? value : {};
  const metadata = isJsonObject(raw.metadata) ? raw.metadata : undefined;
  const name = typeof metadata?.name === 'string' ? metadata.name : '';
  return {
    name,
    type: 'volumeClaimTemplate',
    raw: metadata ? { ...raw, metadata: withPlaceholders(metadata, ['name']) } : { ...raw },
  };
}
