import { isNativeSidecar } from '../../model/placement';
import { sources } from '../helpers/sources';
import type { LintContext, Rule, RuleFinding } from '../types';

/** The first version on which native sidecars work without touching feature gates. */
const SAFE_TARGET = '1.29';
const SAFE_MINOR = 29;

function problemFor(
  name: string,
  context: LintContext,
): Omit<RuleFinding, 'container'> | undefined {
  const v = context.target;
  if (context.minor < 28) {
    return {
      severity: 'error',
      message: `Kubernetes ${v} does not know native sidecars: kubectl rejects restartPolicy on init container "${name}" as an unknown field, and other clients drop it so the pod hangs in Init. Target 1.29 or later, or make "${name}" a legacy sidecar.`,
    };
  }
  if (context.minor === 28 && context.gates.sidecarContainers) {
    return {
      severity: 'warning',
      message: `On Kubernetes 1.28 native sidecar "${name}" works only with the SidecarContainers gate enabled on every component, and even then it is stopped together with the main containers, without shutdown ordering. Target 1.29 or later for ordered shutdown.`,
    };
  }
  if (!context.gates.sidecarContainers) {
    return {
      severity: 'warning',
      message: `With the SidecarContainers gate off (the default on ${v}), the API server drops restartPolicy: Always from "${name}" without a word: it becomes a regular init container that never exits, and the pod hangs in Init. Target ${SAFE_TARGET} or later, or make "${name}" a legacy sidecar.`,
    };
  }
  return undefined;
}

export const verNativeSidecarUnsupported: Rule = {
  id: 'ver/native-sidecar-unsupported',
  number: 'R16',
  severity: 'error',
  title: 'Native sidecar on a Kubernetes version without sidecar support',
  explanation:
    'Native sidecars (init containers with restartPolicy: Always) need Kubernetes 1.29 or later. Up to 1.27 the field does not exist: kubectl rejects it, other clients drop it and the pod hangs in Init because the sidecar never exits. On 1.28 the SidecarContainers feature is off by default, so the field is dropped silently with the same hang; even with the feature on, sidecars are not stopped in order. Two ways out: raise the target to 1.29 or later (the one-click fix), or switch the design to legacy sidecars, which run as extra main containers and need the start and stop workarounds of legacy sidecars.',
  sources: sources('KEP-753', 'K-PODUTIL', 'K-FEAT', 'KEP-2885', 'D-FIELDVAL', 'B-128'),
  check(design, context) {
    const findings: RuleFinding[] = [];
    for (const container of design.containers) {
      if (!isNativeSidecar(design, container)) continue;
      const problem = problemFor(container.name, context);
      if (problem) findings.push({ container: container.name, field: 'restartPolicy', ...problem });
    }
    return findings;
  },
  fix(design, _finding, context) {
    if (context.minor >= SAFE_MINOR) return undefined;
    return {
      design: { ...design, target: SAFE_TARGET },
      summary: `Raised the target Kubernetes version from ${design.target} to ${SAFE_TARGET}, the first release with native sidecars on by default.`,
    };
  },
};
