import { isJsonObject, type JsonObject } from '../../model/json';
import type { Volume, VolumeType } from '../../model/types';

/** The one field that says where a volume's data comes from, per type. */
const SOURCE_FIELDS: Partial<Record<VolumeType, { key: string; label: string }>> = {
  configMap: { key: 'name', label: 'ConfigMap name' },
  secret: { key: 'secretName', label: 'Secret name' },
  persistentVolumeClaim: { key: 'claimName', label: 'Claim name' },
  hostPath: { key: 'path', label: 'Host path' },
};

/** The main source field of a volume's type, or undefined when its type has none. */
export function sourceFieldOf(type: VolumeType): { key: string; label: string } | undefined {
  return SOURCE_FIELDS[type];
}

/** The source object of a volume (`configMap: {...}`), or an empty object. */
export function sourceOf(volume: Volume): JsonObject {
  const source = volume.raw[volume.type];
  return isJsonObject(source) ? source : {};
}

/** The source with its main field set to `text` (removed when empty); other fields are kept. */
export function withSourceField(volume: Volume, key: string, text: string): JsonObject {
  const next: JsonObject = { ...sourceOf(volume) };
  const value = text.trim();
  if (value === '') delete next[key];
  else next[key] = value;
  return next;
}
