import type { KubernetesVersion } from '../types';
import { gateEnabled } from './gates';

/**
 * Kubernetes minor versions the designer checks against, oldest first. 1.36 (April 2026) and 1.37
 * (August 2026) are the newest releases (release notes: kubernetes/kubernetes CHANGELOG-1.36.md
 * and CHANGELOG-1.37.md).
 */
export const SUPPORTED_TARGETS: readonly KubernetesVersion[] = [
  '1.24',
  '1.25',
  '1.26',
  '1.27',
  '1.28',
  '1.29',
  '1.30',
  '1.31',
  '1.32',
  '1.33',
  '1.34',
  '1.35',
  '1.36',
  '1.37',
];

/** The newest supported target. */
export const LATEST_TARGET: KubernetesVersion = '1.37';

const VERSION = /^1\.\d{1,2}$/;

/** True for a Kubernetes minor version written like "1.31". */
export function isKubernetesVersion(version: string): version is KubernetesVersion {
  return VERSION.test(version);
}

/** The minor number of a version such as "1.31" (31); 0 when it is not one. */
export function minorOf(version: string): number {
  const minor = Number(version.split('.')[1]);
  return Number.isFinite(minor) ? minor : 0;
}

/**
 * How a cluster treats `initContainers[].restartPolicy: Always` (sidecar-rules.md §1.1, §1.3):
 * `full` (1.29+ with the gate on: ordered start and stop), `unordered` (1.28 with the gate on:
 * ordered start, but sidecars stop together with the main containers), `dropped` (gate off: the
 * API server clears the field) and `unknown-field` (1.27 and older).
 */
export type SidecarSupport = 'full' | 'unordered' | 'dropped' | 'unknown-field';

/**
 * How a cluster of this minor version runs native sidecars, with the SidecarContainers gate at
 * its default or as given (the gate is locked on from 1.33). Source: the SidecarContainers
 * feature-gate page; KEP-753 "Termination of containers" for the alpha behaviour.
 */
export function sidecarSupport(minor: number, gate?: boolean): SidecarSupport {
  if (minor <= 27) return 'unknown-field';
  const enabled = minor >= 33 ? true : (gate ?? gateEnabled('SidecarContainers', minor));
  if (!enabled) return 'dropped';
  return minor >= 29 ? 'full' : 'unordered';
}

/** True when native sidecars work as sidecars on this target (1.29+, or 1.28 with the gate on). */
export function nativeSidecarsWork(minor: number, gate?: boolean): boolean {
  const support = sidecarSupport(minor, gate);
  return support === 'full' || support === 'unordered';
}
