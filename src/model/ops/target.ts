import type { Design, KubernetesVersion } from '../types';
import { OpError } from './opError';

/** The Kubernetes versions offered as targets, oldest first. */
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
];

const VERSION = /^1\.\d{1,2}$/;

/** True for a Kubernetes minor version written like "1.31". */
export function isKubernetesVersion(version: string): version is KubernetesVersion {
  return VERSION.test(version);
}

/** Sets the Kubernetes version the design is checked against; throws OpError unless "1.N". */
export function setTarget(design: Design, version: string): Design {
  if (!isKubernetesVersion(version)) {
    throw new OpError(`"${version}" is not a Kubernetes version; write it like "1.31".`);
  }
  return version === design.target ? design : { ...design, target: version };
}
