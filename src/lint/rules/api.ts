import type { Rule } from '../types';
import { apiContainerName } from './api-container-name';
import { apiHostportDuplicate } from './api-hostport-duplicate';
import { apiImageRequired } from './api-image-required';
import { apiInitProbesHooks } from './api-init-probes-hooks';
import { apiInitRestartPolicy } from './api-init-restart-policy';
import { apiMountOptions } from './api-mount-options';
import { apiMountReference } from './api-mount-reference';
import { apiNoMainContainer } from './api-no-main-container';
import { apiPidNamespace } from './api-pid-namespace';
import { apiPortSpec } from './api-port-spec';
import { apiProbeHookShape } from './api-probe-hook-shape';
import { apiResources } from './api-resources';
import { apiRestartPolicyOnMain } from './api-restart-policy-on-main';
import { apiVolumeSpec } from './api-volume-spec';
import { apiWorkloadRestartPolicy } from './api-workload-restart-policy';
import { verApiVersionRemoved } from './ver-api-version-removed';
import { verGatedFieldDropped } from './ver-gated-field-dropped';
import { verNativeSidecarUnsupported } from './ver-native-sidecar-unsupported';

/**
 * The API rules R01–R16 (sidecar-rules.md §8.1–8.2), R42 (removed API versions) and R43 (fields
 * the target's feature gates drop).
 */
export const apiRules: Rule[] = [
  apiContainerName,
  apiImageRequired,
  apiNoMainContainer,
  apiRestartPolicyOnMain,
  apiInitRestartPolicy,
  apiInitProbesHooks,
  apiProbeHookShape,
  apiPortSpec,
  apiHostportDuplicate,
  apiVolumeSpec,
  apiMountReference,
  apiMountOptions,
  apiWorkloadRestartPolicy,
  apiPidNamespace,
  apiResources,
  verNativeSidecarUnsupported,
  verApiVersionRemoved,
  verGatedFieldDropped,
];
