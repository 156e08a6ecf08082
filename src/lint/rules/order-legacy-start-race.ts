import { sidecarSupport } from '../../model/facts/versions';
import { appContainersOf, findContainer } from '../../model/placement';
import { declaredPorts } from '../../model/ports';
import type { Container, Design } from '../../model/types';
import { anyGuessed, guessNote, kindOf } from '../helpers/containers';
import { makeNativeSidecar, patchContainer } from '../helpers/edit';
import { hasPostStart, hasStartupSignal } from '../helpers/hooks';
import { type EffectiveLink, effectiveLinks } from '../helpers/links';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

/** Links from main containers to legacy sidecar `sidecar` that nothing makes wait for it. */
function racingLinks(design: Design, sidecar: Container): EffectiveLink[] {
  const order = appContainersOf(design).map((c) => c.name);
  const guarded = (main: Container) =>
    hasPostStart(sidecar) && order.indexOf(sidecar.name) < order.indexOf(main.name);
  return effectiveLinks(design).filter(
    (link) =>
      link.to.name === sidecar.name && kindOf(design, link.from) === 'main' && !guarded(link.from),
  );
}

export const legacyStartRace: Rule = {
  id: 'order/legacy-start-race',
  number: 'R21',
  severity: 'warning',
  title: 'Main container may start before its legacy sidecar listens',
  explanation:
    'Entries of containers start without waiting for each other. A main container that talks to a legacy sidecar may run before the sidecar listens, so its early calls fail (with a mesh that redirects traffic, every connection fails until the proxy is up).',
  sources: sources('K-KRC', 'KEP-753', 'I-HOLD'),
  check(design, context) {
    const findings: RuleFinding[] = [];
    for (const sidecar of design.containers) {
      if (kindOf(design, sidecar) !== 'legacy-sidecar') continue;
      const links = racingLinks(design, sidecar);
      if (links.length === 0) continue;
      const users = links.map((l) => `'${l.from.name}'`).join(', ');
      const remedy =
        sidecarSupport(context.minor) === 'full'
          ? `Make '${sidecar.name}' a native sidecar with a startupProbe.`
          : `Declare '${sidecar.name}' first in containers with a postStart hook that waits until it is ready (Istio: holdApplicationUntilProxyStarts).`;
      findings.push({
        container: sidecar.name,
        message: `Main container ${users} talks to legacy sidecar '${sidecar.name}', but containers start without waiting for each other: ${users} may run before '${sidecar.name}' listens and the first calls fail. ${remedy}${guessNote([sidecar])}`,
        ...(anyGuessed([sidecar]) ? { guess: true } : {}),
      });
    }
    return findings;
  },
  fix(design, finding) {
    const sidecar = finding.container ? findContainer(design, finding.container) : undefined;
    if (!sidecar || kindOf(design, sidecar) !== 'legacy-sidecar') return undefined;
    const port =
      racingLinks(design, sidecar).find((l) => l.port !== undefined)?.port ??
      declaredPorts(sidecar).find((p) => p.containerPort !== undefined)?.containerPort;
    const native = makeNativeSidecar(design, sidecar.name);
    let changed = native.design;
    let probe = '';
    if (port !== undefined && !hasStartupSignal(sidecar)) {
      const startupProbe = { tcpSocket: { port }, periodSeconds: 1, failureThreshold: 30 };
      changed = patchContainer(changed, sidecar.name, { startupProbe });
      probe = ` with a startupProbe on port ${port}`;
    }
    return {
      design: changed,
      summary: `Made '${sidecar.name}' a native sidecar${probe}; main containers now start only after it has started.${native.note}`,
    };
  },
};
