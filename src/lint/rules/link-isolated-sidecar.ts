import { declaredPorts } from '../../model/ports';
import type { Container, Design } from '../../model/types';
import { anyGuessed, guessNote, kindOf, labelOf } from '../helpers/containers';
import { explicitLinks } from '../helpers/links';
import { handlerPorts, isPortName } from '../helpers/ports';
import { sources } from '../helpers/sources';
import { sharesVolume } from '../helpers/volumes';
import type { LintContext, Rule, RuleFinding } from '../types';

/** A declared port, or a probe or hook on a port number, shows that the sidecar serves. */
function serves(sidecar: Container): boolean {
  if (declaredPorts(sidecar).length > 0) return true;
  return handlerPorts(sidecar).some((h) => !isPortName(h.port));
}

/**
 * Whether isolation is worth saying: not when there is no main container to help (the API
 * rules report that), nor for a native sidecar on a cluster without sidecar support (the
 * version rule reports that).
 */
function inScope(design: Design, sidecar: Container, context: LintContext): boolean {
  if (!design.containers.some((c) => kindOf(design, c) === 'main')) return false;
  return kindOf(design, sidecar) !== 'native-sidecar' || context.gates.sidecarContainers;
}

export const isolatedSidecar: Rule = {
  id: 'link/isolated-sidecar',
  number: 'R30',
  severity: 'warning',
  title: 'Sidecar connected to nothing',
  explanation:
    'A sidecar helps other containers through the network or through a shared volume. One with no port link, no declared port and no volume shared with another container cannot help anyone; usually a mount or a link is missing.',
  sources: sources('D-PODNET', 'D-VOL'),
  check(design, context) {
    const links = explicitLinks(design);
    const findings: RuleFinding[] = [];
    for (const sidecar of design.containers) {
      if (sidecar.role !== 'sidecar' || sidecar.purpose === 'proxy') continue;
      if (!inScope(design, sidecar, context)) continue;
      if (links.some((l) => l.from.name === sidecar.name || l.to.name === sidecar.name)) continue;
      if (serves(sidecar) || sharesVolume(design, sidecar)) continue;
      findings.push({
        container: sidecar.name,
        message: `The ${labelOf(design, sidecar)} has no port link, declares no port and shares no volume with another container, so nothing in the design lets it help the others. Add the shared volume or the port link it needs, or remove it.${guessNote([sidecar])}`,
        ...(anyGuessed([sidecar]) ? { guess: true } : {}),
      });
    }
    return findings;
  },
};
