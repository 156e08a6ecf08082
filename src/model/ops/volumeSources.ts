import type { JsonObject } from '../json';
import type { VolumeType } from '../types';

/** The name a new volume of each type starts from ("config", "config-2", ...). */
export const DEFAULT_VOLUME_NAMES: Record<VolumeType, string> = {
  emptyDir: 'data',
  configMap: 'config',
  secret: 'secret',
  persistentVolumeClaim: 'storage',
  hostPath: 'host',
  projected: 'projected',
  downwardAPI: 'podinfo',
  volumeClaimTemplate: 'data',
  unspecified: 'volume',
  other: 'volume',
};

/** The claim a new StatefulSet volumeClaimTemplate asks for. */
export function defaultClaimSpec(): JsonObject {
  return { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } };
}

/**
 * The source object a new volume of `type` starts with, for a volume named `name`; undefined for
 * the types without a source key (`volumeClaimTemplate`, `unspecified`, `other`).
 */
export function defaultSource(type: VolumeType, name: string): JsonObject | undefined {
  switch (type) {
    case 'emptyDir':
      return {};
    case 'configMap':
      return { name };
    case 'secret':
      return { secretName: name };
    case 'persistentVolumeClaim':
      return { claimName: name };
    case 'hostPath':
      return { path: `/var/lib/${name}`, type: 'DirectoryOrCreate' };
    case 'projected':
      return { sources: [] };
    case 'downwardAPI':
      return { items: [] };
    default:
      return undefined;
  }
}

/** True for the types written as a key of a `spec.volumes[]` entry. */
export function hasSourceKey(type: VolumeType): boolean {
  return type !== 'volumeClaimTemplate' && type !== 'unspecified' && type !== 'other';
}
