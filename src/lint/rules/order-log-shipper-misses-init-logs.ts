import { findContainer, initContainersOf } from '../../model/placement';
import { anyGuessed, guessNote, initIndexOf, kindOf } from '../helpers/containers';
import { moveBefore } from '../helpers/edit';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

export const logShipperMissesInitLogs: Rule = {
  id: 'order/log-shipper-misses-init-logs',
  number: 'R23',
  severity: 'info',
  title: 'Log shipper starts after some init containers',
  explanation:
    'A sidecar starts only after the init containers declared before it have finished, so a log shipper declared after them does not ship their output while they run.',
  sources: sources('K-KRC', 'KEP-753'),
  nativeBehaviour: 'start',
  check(design) {
    const findings: RuleFinding[] = [];
    const inits = initContainersOf(design);
    for (const shipper of inits) {
      if (kindOf(design, shipper) !== 'native-sidecar' || shipper.purpose !== 'log-shipper') {
        continue;
      }
      const index = initIndexOf(design, shipper);
      const before = inits
        .slice(0, index)
        .filter((c) => kindOf(design, c) === 'init')
        .map((c) => `'${c.name}'`);
      if (before.length === 0) continue;
      findings.push({
        container: shipper.name,
        message: `Log shipper '${shipper.name}' starts only after init container ${before.join(', ')} has finished, so their output is not shipped while they run. If init logs matter, declare '${shipper.name}' first in initContainers.${guessNote([shipper])}`,
        ...(anyGuessed([shipper]) ? { guess: true } : {}),
      });
    }
    return findings;
  },
  fix(design, finding) {
    const shipper = finding.container ? findContainer(design, finding.container) : undefined;
    const first = initContainersOf(design)[0];
    if (!shipper || !first || first.name === shipper.name) return undefined;
    return {
      design: moveBefore(design, shipper.name, first.name),
      summary: `Moved log shipper '${shipper.name}' to the top of initContainers, so it runs while every init container does.`,
    };
  },
};
