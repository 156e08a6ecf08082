import { isJsonObject, type JsonObject, type JsonValue } from '../../model/json';
import type { Container, ContainerRole, Mount } from '../../model/types';
import { withPlaceholders } from '../overlay';

const MOUNT_KEYS = ['name', 'mountPath', 'readOnly', 'subPath'] as const;

/** A `volumeMounts[]` entry as a Mount. */
export function parseMount(value: JsonValue): Mount {
  const raw = isJsonObject(value) ? value : {};
  const mount: Mount = {
    volume: typeof raw.name === 'string' ? raw.name : '',
    mountPath: typeof raw.mountPath === 'string' ? raw.mountPath : '',
    raw: withPlaceholders(raw, MOUNT_KEYS),
  };
  if (typeof raw.readOnly === 'boolean') mount.readOnly = raw.readOnly;
  if (typeof raw.subPath === 'string') mount.subPath = raw.subPath;
  // A value of an unexpected type stays in raw so that it is written back unchanged.
  for (const key of MOUNT_KEYS) {
    if (key in raw && !isModelled(mount, key, raw[key])) mount.raw[key] = raw[key] ?? null;
  }
  return mount;
}

function isModelled(mount: Mount, key: (typeof MOUNT_KEYS)[number], value: JsonValue | undefined) {
  switch (key) {
    case 'name':
      return typeof value === 'string';
    case 'mountPath':
      return typeof value === 'string';
    case 'readOnly':
      return mount.readOnly !== undefined;
    case 'subPath':
      return mount.subPath !== undefined;
  }
}

/**
 * A container object as a Container with the given role. `native` marks an `initContainers`
 * entry with `restartPolicy: Always`, whose restartPolicy the model then owns.
 */
export function parseContainer(value: JsonValue, role: ContainerRole, native: boolean): Container {
  const raw = isJsonObject(value) ? value : {};
  const owned = native ? ['name', 'volumeMounts', 'restartPolicy'] : ['name', 'volumeMounts'];
  const mounts = Array.isArray(raw.volumeMounts) ? raw.volumeMounts.map(parseMount) : [];
  const container: Container = {
    name: typeof raw.name === 'string' ? raw.name : '',
    role,
    mounts,
    raw: withPlaceholders(raw, owned),
  };
  return container;
}

/** The containers of a pod spec in the model's declaration order: `containers`, then `initContainers`. */
export function parsePodContainers(podSpec: JsonObject): Container[] {
  const app = Array.isArray(podSpec.containers) ? podSpec.containers : [];
  const init = Array.isArray(podSpec.initContainers) ? podSpec.initContainers : [];
  return [
    ...app.map((c) => parseContainer(c, 'main', false)),
    ...init.map((c) => {
      const native = isJsonObject(c) && c.restartPolicy === 'Always';
      const container = parseContainer(c, native ? 'sidecar' : 'init', native);
      // The placement it was read with; applyDesignFacts turns it into the design's mode.
      if (native) container.mode = 'native';
      return container;
    }),
  ];
}
