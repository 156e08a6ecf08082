import type { JsonObject } from '../json';
import type { Design } from '../types';
import { FACT_SOURCES } from './sources';

/**
 * `terminationGracePeriodSeconds` when the pod spec leaves it out (API default 30 s). Source:
 * pod lifecycle, "Termination of Pods".
 */
export const DEFAULT_GRACE_SECONDS = 30;

/** The one-off extension the kubelet gives a preStop hook still running at the deadline (2 s). */
export const PRESTOP_EXTENSION_SECONDS = 2;

/** The shortest grace period the kubelet gives a container it kills (2 s). */
export const MIN_GRACE_SECONDS = 2;

/** Where the grace-period facts come from. */
export const GRACE_SOURCE = FACT_SOURCES.podTermination;

/**
 * The grace period a pod spec gives: `terminationGracePeriodSeconds` when it is a whole number,
 * a negative value read as 1 (the API server accepts it with the warning "treated as 1"), else
 * the default 30 s.
 */
export function graceSecondsOf(podSpec: JsonObject): number {
  const grace = podSpec.terminationGracePeriodSeconds;
  if (typeof grace !== 'number' || !Number.isInteger(grace)) return DEFAULT_GRACE_SECONDS;
  return grace < 0 ? 1 : grace;
}

/** The Pod-level `restartPolicy`, `Always` when unset (the API default). */
export function podRestartPolicyOf(podSpec: JsonObject): string {
  const policy = podSpec.restartPolicy;
  return typeof policy === 'string' ? policy : 'Always';
}

/** The restart policies a Pod or container may carry. */
export const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'] as const;

/** True for Job and CronJob, whose Pods are meant to finish. */
export function isJobKind(design: Pick<Design, 'kind'>): boolean {
  return design.kind === 'Job' || design.kind === 'CronJob';
}
