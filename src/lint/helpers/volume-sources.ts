import type { JsonObject } from '../../model/json';
import { isNegativeQuantity, parseQuantity } from '../../model/quantity';
import type { Volume } from '../../model/types';
import { isSet, objectOf } from './json-access';
import type { Problem } from './problem';
import { projectedProblems } from './projected';
import { downwardItemsProblems, keyToPathProblems, modeProblem } from './volume-items';

/** Every volume source key of `spec.volumes[]` in the Kubernetes API. */
export const VOLUME_SOURCE_KEYS: readonly string[] = [
  'hostPath',
  'emptyDir',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'persistentVolumeClaim',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'configMap',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'projected',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'csi',
  'ephemeral',
  'image',
];

const HOST_PATH_TYPES = [
  '',
  'DirectoryOrCreate',
  'Directory',
  'FileOrCreate',
  'File',
  'Socket',
  'CharDevice',
  'BlockDevice',
];

/** The source keys a pod volume sets. */
export function sourceKeysOf(volume: Volume): string[] {
  return VOLUME_SOURCE_KEYS.filter((key) => isSet(volume.raw[key]));
}

function required(source: JsonObject, key: string, field: string, what: string): Problem[] {
  const value = source[key];
  return typeof value === 'string' && value !== ''
    ? []
    : [{ field, message: `is required: give the ${what}` }];
}

/**
 * Problems with the source of a pod volume (V-VOL-2…8), fields relative to the volume. A volume
 * without any source is reported as info: the API server makes it an emptyDir.
 */
export function volumeSourceProblems(volume: Volume): Problem[] {
  const keys = sourceKeysOf(volume);
  if (keys.length > 1) {
    return [
      {
        field: keys[1] ?? '',
        message: `is a second source next to ${keys[0]}; a volume has exactly one source, so keep one of them`,
      },
    ];
  }
  if (keys.length === 0) {
    const unknown = Object.keys(volume.raw).some((key) => key !== 'name' && isSet(volume.raw[key]));
    if (unknown) return [];
    return [
      {
        field: 'name',
        severity: 'info',
        message: `Volume "${volume.name}" names no source, so Kubernetes makes it an emptyDir; say emptyDir: {} to make that visible`,
      },
    ];
  }
  const key = keys[0] ?? '';
  const source = objectOf(volume.raw[key]) ?? {};
  switch (key) {
    case 'emptyDir':
      return sizeLimitProblems(source);
    case 'configMap':
      return [
        ...required(source, 'name', 'configMap.name', 'name of the ConfigMap'),
        ...modeProblem(source.defaultMode, 'configMap.defaultMode'),
        ...keyToPathProblems(source.items, 'configMap.items'),
      ];
    case 'secret':
      return [
        ...required(source, 'secretName', 'secret.secretName', 'name of the Secret'),
        ...modeProblem(source.defaultMode, 'secret.defaultMode'),
        ...keyToPathProblems(source.items, 'secret.items'),
      ];
    case 'persistentVolumeClaim':
      return required(source, 'claimName', 'persistentVolumeClaim.claimName', 'name of the claim');
    case 'hostPath':
      return hostPathProblems(source);
    case 'downwardAPI':
      return [
        ...modeProblem(source.defaultMode, 'downwardAPI.defaultMode'),
        ...downwardItemsProblems(source.items, 'downwardAPI.items'),
      ];
    case 'projected':
      return projectedProblems(source);
    default:
      return [];
  }
}

function sizeLimitProblems(source: JsonObject): Problem[] {
  const limit = source.sizeLimit;
  if (!isSet(limit)) return [];
  const quantity = parseQuantity(limit);
  if (!quantity)
    return [
      { field: 'emptyDir.sizeLimit', message: `"${String(limit)}" is not a quantity such as 1Gi` },
    ];
  return isNegativeQuantity(quantity)
    ? [{ field: 'emptyDir.sizeLimit', message: 'must not be negative' }]
    : [];
}

function hostPathProblems(source: JsonObject): Problem[] {
  const path = source.path;
  if (typeof path !== 'string' || path === '') {
    return [{ field: 'hostPath.path', message: 'is required: give the path on the node' }];
  }
  const problems: Problem[] = [];
  if (path.split(/[\\/]/).includes('..')) {
    problems.push({ field: 'hostPath.path', message: "must not contain '..'" });
  }
  const type = source.type;
  if (isSet(type) && !HOST_PATH_TYPES.includes(String(type))) {
    problems.push({
      field: 'hostPath.type',
      message: `"${String(type)}" is not supported; use one of ${HOST_PATH_TYPES.slice(1).join(', ')}`,
    });
  }
  return problems;
}
