/** The pure operations on a Design: each returns a new design or throws OpError. */

export { type SpecPatch, updateContainerSpec } from './containerSpec';
export {
  addContainer,
  DEFAULT_CONTAINER_NAMES,
  DEFAULT_IMAGES,
  duplicateContainer,
  type NewContainer,
  removeContainer,
  renameContainer,
} from './containers';
export { API_VERSIONS, DEFAULT_SCHEDULE } from './controllerFields';
export type { ConversionResult } from './conversion';
export { renameDefaultContainer, setDefaultContainer } from './defaultContainer';
export { addPortLink, isValidPort, removePortLink } from './links';
export {
  connectMount,
  disconnectMount,
  type MountPatch,
  type MountRequest,
  updateMount,
} from './mounts';
export { OpError } from './opError';
export { moveAfter, moveBefore, moveContainer } from './order';
export { setPosition } from './positions';
export { type RoleOptions, setContainerPurpose, setContainerRole } from './roles';
export { containerKey, volumeKey } from './shared';
export { convertSidecarMode, setContainerSidecarMode, setSidecarMode } from './sidecarMode';
export { isKubernetesVersion, SUPPORTED_TARGETS, setTarget } from './target';
export { DEFAULT_VOLUME_NAMES } from './volumeSources';
export {
  addVolume,
  type NewVolume,
  removeVolume,
  updateVolume,
  type VolumeChange,
} from './volumes';
export { setWorkloadKind } from './workloadKind';
