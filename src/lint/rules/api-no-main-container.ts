import { appContainersOf } from '../../model/placement';
import { sources } from '../helpers/sources';
import type { Rule } from '../types';

export const apiNoMainContainer: Rule = {
  id: 'api/no-main-container',
  number: 'R03',
  severity: 'error',
  title: 'A pod needs at least one main container',
  explanation:
    'A pod must have at least one regular container in spec.containers. Native sidecars and init containers live in spec.initContainers, so a pod made only of them is rejected. Keep at least one main container, or switch a sidecar back to a main container.',
  sources: sources('K-VAL', 'KEP-753'),
  check(design) {
    if (appContainersOf(design).length > 0) return [];
    const message =
      design.containers.length === 0
        ? 'The pod has no containers; add a main container.'
        : 'The pod has no main container: every container is an init container or a native sidecar. Add a main container or turn one of them into a main container.';
    return [{ field: 'containers', message }];
  },
};
