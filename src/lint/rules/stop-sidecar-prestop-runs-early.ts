import { isJsonObject } from '../../model/json';
import { findContainer } from '../../model/placement';
import { anyGuessed, guessNote, kindOf } from '../helpers/containers';
import { patchContainer } from '../helpers/edit';
import { hasPreStop } from '../helpers/hooks';
import { effectiveLinks } from '../helpers/links';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

export const sidecarPreStopRunsEarly: Rule = {
  id: 'stop/sidecar-prestop-runs-early',
  number: 'R25',
  severity: 'warning',
  title: "Sidecar's preStop runs when termination starts",
  explanation:
    "A sidecar's preStop hook runs as soon as Pod termination starts, at the same time as the main containers' shutdown, not when the sidecar's turn to stop comes. A hook that stops or drains the sidecar removes it while its dependents still shut down, and its duration is taken from the sidecar's grace period.",
  sources: sources('KEP-753', 'K-KRC', 'D-SIDECAR'),
  nativeBehaviour: 'stop',
  check(design) {
    const findings: RuleFinding[] = [];
    const links = effectiveLinks(design);
    for (const sidecar of design.containers) {
      if (kindOf(design, sidecar) !== 'native-sidecar' || !hasPreStop(sidecar)) continue;
      const users = links.filter((l) => l.to.name === sidecar.name);
      const names = users
        .map((l) => `'${l.from.name}'`)
        .filter((n, i, all) => all.indexOf(n) === i);
      const involved = [sidecar];
      const message =
        names.length > 0
          ? `The preStop hook of sidecar '${sidecar.name}' runs as soon as termination starts, while ${names.join(', ')} still shut down and need it; if it stops or drains '${sidecar.name}', their last calls fail. Sidecars are stopped after the main containers anyway: drop the hook or keep it harmless.${guessNote(involved)}`
          : `The preStop hook of sidecar '${sidecar.name}' runs as soon as termination starts, not when its turn to stop comes, and its time is taken from its grace period. Sidecars are stopped after the main containers anyway: the hook is usually not needed.`;
      findings.push({
        container: sidecar.name,
        field: 'lifecycle.preStop',
        message,
        ...(names.length === 0 ? { severity: 'info' as const } : {}),
        ...(names.length > 0 && anyGuessed(involved) ? { guess: true } : {}),
      });
    }
    return findings;
  },
  fix(design, finding) {
    const sidecar = finding.container ? findContainer(design, finding.container) : undefined;
    const lifecycle = sidecar?.raw.lifecycle;
    if (!sidecar || !hasPreStop(sidecar) || !isJsonObject(lifecycle)) return undefined;
    const { preStop: _dropped, ...rest } = lifecycle;
    return {
      design: patchContainer(design, sidecar.name, {
        lifecycle: Object.keys(rest).length > 0 ? rest : undefined,
      }),
      summary: `Removed the preStop hook of sidecar '${sidecar.name}'; it is stopped after the main containers without it.`,
    };
  },
};
