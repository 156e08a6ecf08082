import { initContainersOf } from '../../model/placement';
import type { Design } from '../../model/types';
import { kindOf } from '../behaviour-helpers/containers';
import {
  effectiveResource,
  formatAmount,
  type ResourceName,
  unlimitedContainers,
} from '../behaviour-helpers/resources';
import { sources } from '../behaviour-helpers/sources';
import type { Rule } from '../types';

function requestSentence(design: Design, resource: ResourceName): string {
  const r = effectiveResource(design, resource, 'requests');
  const show = (n: number) => formatAmount(resource, n);
  const peak = r.initPeakAt
    ? `, initialization peak ${show(r.initPeak)} at '${r.initPeakAt}'`
    : ', no initialization step';
  const overhead = r.overhead > 0 ? `, plus overhead ${show(r.overhead)}` : '';
  const dominates = r.initDominates ? ': initialization dominates' : '';
  return `${resource} ${show(r.effective)} (steady ${show(r.steady)}${peak}${overhead}${dominates})`;
}

function limitSentence(design: Design, resource: ResourceName): string | undefined {
  const missing = unlimitedContainers(design, resource);
  if (missing.length === design.containers.length) return undefined;
  if (missing.length > 0) {
    const names = missing.map((c) => `'${c.name}'`).join(', ');
    return `the ${resource} limit is unbounded, because ${names} set${missing.length === 1 ? 's' : ''} none`;
  }
  return `${resource} limit ${formatAmount(resource, effectiveResource(design, resource, 'limits').effective)}`;
}

export const effectiveRequests: Rule = {
  id: 'res/effective-requests',
  number: 'R39',
  severity: 'info',
  title: 'Effective resource requests of the Pod',
  explanation:
    'The scheduler reserves, per resource, the larger of the steady state (main containers plus sidecars) and the biggest initialization step (an init container plus the sidecars started before it), plus the Pod overhead. Initialization can dominate.',
  sources: sources('K-RES', 'KEP-753', 'D-SIDECAR'),
  check(design) {
    const hasInit = initContainersOf(design).length > 0;
    const hasLegacy = design.containers.some((c) => kindOf(design, c) === 'legacy-sidecar');
    if (!hasInit && !hasLegacy) return [];
    const requests = (['cpu', 'memory'] as const).map((r) => requestSentence(design, r));
    const limits = (['cpu', 'memory'] as const)
      .map((r) => limitSentence(design, r))
      .filter((s): s is string => s !== undefined);
    const limitText = limits.length > 0 ? ` Limits: ${limits.join('; ')}.` : '';
    return [
      {
        message: `Effective Pod requests: ${requests.join('; ')}.${limitText}`,
      },
    ];
  },
};
