import type { KubernetesVersion } from '../model/types';
import type { Gates, LintContext } from './types';

/** The minor number of a version such as "1.31" (31). */
export function minorOf(version: KubernetesVersion): number {
  const minor = Number(version.split('.')[1]);
  return Number.isFinite(minor) ? minor : 0;
}

/** Feature gates at their defaults for a minor version (sidecar-rules.md §1.1 and §1.2). */
export function defaultGates(minor: number): Gates {
  return {
    // alpha and off in 1.28, beta and on from 1.29, GA from 1.33
    sidecarContainers: minor >= 29,
    // alpha and off in 1.34, beta and on from 1.35
    containerRestartRules: minor >= 35,
    // beta from 1.33, GA in 1.34
    podLifecycleSleepActionAllowZero: minor >= 33,
    // alpha and off in 1.29, beta and on from 1.30, GA in 1.34 (KEP-3960,
    // https://kubernetes.io/blog/2025/05/14/kubernetes-v1-33-updates-to-container-lifecycle)
    podLifecycleSleepAction: minor >= 30,
    // alpha and off in 1.35, beta and on from 1.36, GA in 1.37 (KEP-5532,
    // https://www.kubernetes.dev/resources/keps/5532/)
    restartAllContainersOnContainerExits: minor >= 36,
    // alpha and off from 1.33, with no beta milestone yet (KEP-4960,
    // https://www.kubernetes.dev/resources/keps/4960/)
    containerStopSignals: false,
  };
}

/** The context every rule checks against: target version and default gates. */
export function createContext(target: KubernetesVersion, gates?: Partial<Gates>): LintContext {
  const minor = minorOf(target);
  return { target, minor, gates: { ...defaultGates(minor), ...gates } };
}
