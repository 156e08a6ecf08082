import { isKubernetesVersion } from '../facts/versions';
import type { Design } from '../types';
import { OpError } from './opError';

export { isKubernetesVersion, SUPPORTED_TARGETS } from '../facts/versions';

/** Sets the Kubernetes version the design is checked against; throws OpError unless "1.N". */
export function setTarget(design: Design, version: string): Design {
  if (!isKubernetesVersion(version)) {
    throw new OpError(`"${version}" is not a Kubernetes version; write it like "1.31".`);
  }
  return version === design.target ? design : { ...design, target: version };
}
