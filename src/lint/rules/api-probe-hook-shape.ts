import { kindOf } from '../helpers/containers';
import { lifecycleProblems } from '../helpers/hooks';
import { fieldOf, gracePeriodOf, objectOf, podOsOf } from '../helpers/json-access';
import { PROBE_FIELDS, probeProblems } from '../helpers/probes';
import type { Problem } from '../helpers/problem';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

export const apiProbeHookShape: Rule = {
  id: 'api/probe-hook-shape',
  number: 'R07',
  severity: 'error',
  title: 'Malformed probe or lifecycle hook',
  explanation:
    "Each probe and each lifecycle hook needs exactly one handler (exec with a command, httpGet, tcpSocket, grpc for probes, or sleep for hooks) with a valid port number or port name. Timing values may not be negative; liveness and startup probes must use successThreshold: 1; a readiness probe may not set terminationGracePeriodSeconds. A sleep hook must be shorter than the pod's terminationGracePeriodSeconds, and a stopSignal needs spec.os.name. The API server rejects the pod otherwise.",
  sources: sources('K-VAL', 'K-VALT', 'D-LIFE', 'D-HOOKS'),
  check(design, context) {
    const findings: RuleFinding[] = [];
    const hookContext = {
      gracePeriod: gracePeriodOf(design),
      allowZeroSleep: context.gates.podLifecycleSleepActionAllowZero,
      os: podOsOf(design),
      stopSignals: context.gates.containerStopSignals,
      target: context.target,
    };
    for (const container of design.containers) {
      // Regular init containers may not have probes or hooks at all (api/init-probes-hooks).
      if (kindOf(design, container) === 'init') continue;
      const problems: Problem[] = [];
      for (const field of PROBE_FIELDS) {
        const value = fieldOf(container, field);
        if (value === undefined) continue;
        const probe = objectOf(value);
        problems.push(
          ...(probe ? probeProblems(field, probe) : [{ field, message: 'must be an object' }]),
        );
      }
      const lifecycle = objectOf(fieldOf(container, 'lifecycle'));
      if (lifecycle) problems.push(...lifecycleProblems(lifecycle, hookContext));
      for (const problem of problems) {
        findings.push({
          container: container.name,
          field: problem.field,
          message: `In container "${container.name}", ${problem.field} ${problem.message}.`,
          ...(problem.severity ? { severity: problem.severity } : {}),
        });
      }
    }
    return findings;
  },
};
