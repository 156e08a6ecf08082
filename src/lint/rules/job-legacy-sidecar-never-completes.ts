import { sidecarSupport } from '../../model/facts/versions';
import { findContainer } from '../../model/placement';
import type { Design } from '../../model/types';
import { anyGuessed, guessNote, kindOf } from '../helpers/containers';
import { makeNativeSidecar } from '../helpers/edit';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

/** True for the workload kinds whose Pods must finish (Job and CronJob). */
export function isJobKind(design: Design): boolean {
  return design.kind === 'Job' || design.kind === 'CronJob';
}

export const legacySidecarNeverCompletes: Rule = {
  id: 'job/legacy-sidecar-never-completes',
  number: 'R27',
  severity: 'warning',
  title: 'Legacy sidecar keeps the Job from completing',
  explanation:
    'A legacy sidecar is an ordinary entry of containers. The Pod stays Running while it runs, so when the main container is done the Job still never completes; under restartPolicy: Never a crashed legacy sidecar is not restarted either.',
  sources: sources('K-PHASE', 'KEP-753', 'I-JOBS'),
  check(design, context) {
    if (!isJobKind(design)) return [];
    const findings: RuleFinding[] = [];
    for (const sidecar of design.containers) {
      if (kindOf(design, sidecar) !== 'legacy-sidecar') continue;
      const remedy =
        sidecarSupport(context.minor) === 'full'
          ? `Make '${sidecar.name}' a native sidecar: it is stopped when the main containers have finished.`
          : `Make the main container tell '${sidecar.name}' to exit when it is done (an exit endpoint or a file on a shared volume), and set activeDeadlineSeconds as a safety net; native sidecars need Kubernetes 1.29.`;
      findings.push({
        container: sidecar.name,
        message: `Legacy sidecar '${sidecar.name}' keeps running after the main containers of this ${design.kind} have finished, so the Pod stays Running and the Job never completes. ${remedy}${guessNote([sidecar])}`,
        ...(anyGuessed([sidecar]) ? { guess: true } : {}),
      });
    }
    return findings;
  },
  fix(design, finding) {
    const sidecar = finding.container ? findContainer(design, finding.container) : undefined;
    if (!sidecar || kindOf(design, sidecar) !== 'legacy-sidecar') return undefined;
    const native = makeNativeSidecar(design, sidecar.name);
    return {
      design: native.design,
      summary: `Made '${sidecar.name}' a native sidecar, so the Pod finishes when the main containers have.${native.note}`,
    };
  },
};
