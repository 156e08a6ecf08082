import { effectivePodResources, type ResourceTerm } from '../../lifecycle/resources';
import { initContainersOf } from '../../model/placement';
import type { Design } from '../../model/types';
import { kindOf } from '../helpers/containers';
import { formatAmount, type ResourceName, requestParts } from '../helpers/effective-requests';
import { sources } from '../helpers/sources';
import type { Rule } from '../types';

const RESOURCES: readonly ResourceName[] = ['cpu', 'memory'];

function requestSentence(resource: ResourceName, term: ResourceTerm | undefined): string {
  const r = requestParts(resource, term);
  const show = (n: number) => formatAmount(resource, n);
  const peak = r.initPeakAt
    ? `, initialization peak ${show(r.initPeak)} at '${r.initPeakAt}'`
    : ', no initialization step';
  const overhead = r.overhead > 0 ? `, plus overhead ${show(r.overhead)}` : '';
  const dominates = r.initDominates ? ': initialization dominates' : '';
  return `${resource} ${show(r.effective)} (steady ${show(r.steady)}${peak}${overhead}${dominates})`;
}

function limitSentence(
  design: Design,
  resource: ResourceName,
  term: ResourceTerm | undefined,
): string | undefined {
  const missing = term?.unboundedBy ?? [];
  if (!term || missing.length === design.containers.length) return undefined;
  if (term.value === null) {
    const names = missing.map((name) => `'${name}'`).join(', ');
    return `the ${resource} limit is unbounded, because ${names} set${missing.length === 1 ? 's' : ''} none`;
  }
  return `${resource} limit ${term.display}`;
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
    const effective = effectivePodResources(design);
    const requests = RESOURCES.map((r) => requestSentence(r, effective.requests[r]));
    const limits = RESOURCES.map((r) => limitSentence(design, r, effective.limits[r])).filter(
      (s): s is string => s !== undefined,
    );
    const limitText = limits.length > 0 ? ` Limits: ${limits.join('; ')}.` : '';
    return [
      {
        message: `Effective Pod requests: ${requests.join('; ')}.${limitText}`,
      },
    ];
  },
};
