import { findContainer } from '../../model/placement';
import { declaredPorts } from '../../model/ports';
import type { Container, Design } from '../../model/types';
import { anyGuessed, guessNote, kindOf, startsAfter } from '../helpers/containers';
import { patchContainer } from '../helpers/edit';
import { hasStartupSignal } from '../helpers/hooks';
import { type EffectiveLink, effectiveLinks } from '../helpers/links';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

/** Links into sidecar `sidecar` from containers that start after it. */
function dependentLinks(design: Design, sidecar: Container): EffectiveLink[] {
  return effectiveLinks(design).filter(
    (link) => link.to.name === sidecar.name && startsAfter(design, link.from, sidecar),
  );
}

/** The port a startup probe should check: a linked port, else the first declared one. */
export function probePortFor(design: Design, sidecar: Container): number | undefined {
  const linked = dependentLinks(design, sidecar).find((l) => l.port !== undefined)?.port;
  return linked ?? declaredPorts(sidecar).find((p) => p.containerPort !== undefined)?.containerPort;
}

export const sidecarWithoutStartupSignal: Rule = {
  id: 'order/sidecar-without-startup-signal',
  number: 'R19',
  severity: 'warning',
  title: 'Sidecar without a startup signal has dependents',
  explanation:
    'A sidecar counts as started as soon as its process runs, unless it has a startupProbe or a postStart hook. Containers that start after it and talk to it can then start before it listens, and their first calls fail.',
  sources: sources('K-KRC', 'KEP-753', 'D-SIDECAR'),
  nativeBehaviour: 'start',
  check(design) {
    const findings: RuleFinding[] = [];
    for (const sidecar of design.containers) {
      if (kindOf(design, sidecar) !== 'native-sidecar' || hasStartupSignal(sidecar)) continue;
      const links = dependentLinks(design, sidecar);
      if (links.length === 0) continue;
      const users = links.map((l) => `'${l.from.name}'`).join(', ');
      const involved = [sidecar, ...links.filter((l) => l.implicit).map((l) => l.to)];
      findings.push({
        container: sidecar.name,
        message: `Sidecar '${sidecar.name}' has neither a startupProbe nor a postStart hook, so it counts as started as soon as its process runs; ${users} can start before it listens and their first calls fail. Add a startupProbe (tcpSocket or httpGet) on the port they use.${guessNote(involved)}`,
        ...(anyGuessed(involved) ? { guess: true } : {}),
      });
    }
    return findings;
  },
  fix(design, finding) {
    const sidecar = finding.container ? findContainer(design, finding.container) : undefined;
    if (!sidecar) return undefined;
    const port = probePortFor(design, sidecar);
    if (port === undefined) return undefined;
    const probe = { tcpSocket: { port }, periodSeconds: 1, failureThreshold: 30 };
    return {
      design: patchContainer(design, sidecar.name, { startupProbe: probe }),
      summary: `Added a startupProbe to sidecar '${sidecar.name}' that checks port ${port}, so the containers after it wait until it listens.`,
    };
  },
};
