import type { JsonObject } from '../../model/json';
import { handlerProblems, PROBE_HANDLERS } from './handlers';
import { integerOf, isSet } from './json-access';
import type { Problem } from './problem';

/** The probe fields of a container. */
export const PROBE_FIELDS = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
export type ProbeField = (typeof PROBE_FIELDS)[number];

const TIMING_FIELDS = [
  'initialDelaySeconds',
  'timeoutSeconds',
  'periodSeconds',
  'successThreshold',
  'failureThreshold',
] as const;

/** Problems that make the API server reject a probe (sidecar-rules.md V-PRB-3…7). */
export function probeProblems(field: ProbeField, probe: JsonObject): Problem[] {
  const problems = handlerProblems(probe, field, PROBE_HANDLERS);
  for (const timing of TIMING_FIELDS) {
    const value = probe[timing];
    if (typeof value === 'number' && value < 0) {
      problems.push({
        field: `${field}.${timing}`,
        message: `is ${value}; it must not be negative`,
      });
    }
  }
  const success = probe.successThreshold;
  if (field !== 'readinessProbe' && isSet(success) && success !== 1) {
    problems.push({
      field: `${field}.successThreshold`,
      message: `is ${String(success)}; it must be 1 for a ${field === 'livenessProbe' ? 'liveness' : 'startup'} probe`,
    });
  }
  const grace = probe.terminationGracePeriodSeconds;
  if (field === 'readinessProbe' && isSet(grace)) {
    problems.push({
      field: `${field}.terminationGracePeriodSeconds`,
      message: 'must not be set on a readiness probe; remove it',
    });
  } else if (isSet(grace) && (integerOf(grace) ?? 0) <= 0) {
    problems.push({
      field: `${field}.terminationGracePeriodSeconds`,
      message: `is ${String(grace)}; it must be a whole number of seconds greater than 0`,
    });
  }
  return problems;
}
