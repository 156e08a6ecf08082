import { stringAt } from '../../model/jsonRead';
import { findContainer } from '../../model/placement';
import type { Container, Design } from '../../model/types';
import { kindOf } from '../helpers/containers';
import { asNativeSidecar, updateContainer } from '../helpers/edit';
import { sources } from '../helpers/sources';
import type { LintContext, Rule, RuleFinding } from '../types';

function restartsForever(design: Design, context: LintContext): Container[] {
  if (!context.gates.containerRestartRules) return [];
  const podPolicy = stringAt(design.podSpec, 'restartPolicy');
  if (podPolicy !== 'Never' && podPolicy !== 'OnFailure') return [];
  return design.containers.filter(
    (c) => kindOf(design, c) === 'main' && stringAt(c.raw, 'restartPolicy') === 'Always',
  );
}

export const mainRestartAlways: Rule = {
  id: 'job/main-restart-always',
  number: 'R28',
  severity: 'warning',
  title: 'Main container with restartPolicy: Always in a Pod that must finish',
  explanation:
    'With per-container restart policies (Kubernetes 1.35), a main container with restartPolicy: Always is restarted every time it exits. It is not a sidecar: it keeps the Pod, and so the Job, from ever finishing.',
  sources: sources('KEP-5307', 'B-134'),
  check(design, context) {
    const podPolicy = stringAt(design.podSpec, 'restartPolicy');
    return restartsForever(design, context).map(
      (c): RuleFinding => ({
        container: c.name,
        field: 'restartPolicy',
        message: `Main container '${c.name}' has restartPolicy: Always, so it is restarted every time it exits and the Pod (restartPolicy: ${podPolicy}) never finishes; it is not treated as a sidecar. If it is a helper, move it to initContainers as a sidecar (restartPolicy: Always there).`,
      }),
    );
  },
  fix(design, finding, context) {
    const target = finding.container ? findContainer(design, finding.container) : undefined;
    if (!target || !restartsForever(design, context).some((c) => c.name === target.name)) {
      return undefined;
    }
    const mains = design.containers.filter((c) => kindOf(design, c) === 'main');
    if (mains.length < 2) return undefined;
    return {
      design: updateContainer(design, target.name, (c) => asNativeSidecar(design, c)),
      summary: `Moved '${target.name}' to initContainers as a native sidecar; it now stops when the main containers have finished.`,
    };
  },
};
