import { gateEnabled } from '../model/facts/gates';
import { minorOf } from '../model/facts/versions';
import type { KubernetesVersion } from '../model/types';
import type { Gates, LintContext } from './types';

export { minorOf } from '../model/facts/versions';

/** Feature gates at their defaults for a minor version (the gate table in model/facts). */
export function defaultGates(minor: number): Gates {
  return {
    sidecarContainers: gateEnabled('SidecarContainers', minor),
    containerRestartRules: gateEnabled('ContainerRestartRules', minor),
    restartAllContainers: gateEnabled('RestartAllContainersOnContainerExits', minor),
    podLifecycleSleepActionAllowZero: gateEnabled('PodLifecycleSleepActionAllowZero', minor),
    podLifecycleSleepAction: gateEnabled('PodLifecycleSleepAction', minor),
    containerStopSignals: gateEnabled('ContainerStopSignals', minor),
    imageVolume: gateEnabled('ImageVolume', minor),
    podLevelResources: gateEnabled('PodLevelResources', minor),
    envFiles: gateEnabled('EnvFiles', minor),
  };
}

/** The context every rule checks against: target version and default gates. */
export function createContext(target: KubernetesVersion, gates?: Partial<Gates>): LintContext {
  const minor = minorOf(target);
  return { target, minor, gates: { ...defaultGates(minor), ...gates } };
}
