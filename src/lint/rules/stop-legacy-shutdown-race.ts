import { sidecarSupport } from '../../model/facts/versions';
import { findContainer } from '../../model/placement';
import type { Container, Design } from '../../model/types';
import { anyGuessed, guessNote, kindOf } from '../helpers/containers';
import { makeNativeSidecar } from '../helpers/edit';
import { effectiveLinks } from '../helpers/links';
import { sources } from '../helpers/sources';
import { volumeLinks } from '../helpers/volumes';
import type { Rule, RuleFinding } from '../types';

/** Why each main container depends on legacy sidecar `sidecar` at shutdown. */
function dependents(design: Design, sidecar: Container): string[] {
  const reasons: string[] = [];
  for (const link of effectiveLinks(design)) {
    if (link.to.name !== sidecar.name || kindOf(design, link.from) !== 'main') continue;
    reasons.push(
      link.implicit
        ? `'${link.from.name}' sends its traffic through it`
        : `'${link.from.name}' talks to it on localhost:${link.port}`,
    );
  }
  for (const link of volumeLinks(design)) {
    if (link.consumer.name !== sidecar.name || kindOf(design, link.producer) !== 'main') continue;
    reasons.push(`'${link.producer.name}' writes into volume '${link.volume}' that it reads`);
  }
  return reasons;
}

export const legacyShutdownRace: Rule = {
  id: 'stop/legacy-shutdown-race',
  number: 'R24',
  severity: 'warning',
  title: 'Legacy sidecar may stop before the containers that need it',
  explanation:
    'At Pod termination every entry of containers gets its stop signal at about the same time, in no particular order. A proxy may exit while the app still drains its requests; a log shipper may exit before the app has written its last lines.',
  sources: sources('D-LIFE', 'KEP-753', 'K-KRC'),
  check(design, context) {
    const findings: RuleFinding[] = [];
    for (const sidecar of design.containers) {
      if (kindOf(design, sidecar) !== 'legacy-sidecar') continue;
      const reasons = dependents(design, sidecar);
      if (reasons.length === 0) continue;
      const remedy =
        sidecarSupport(context.minor) === 'full'
          ? `Make '${sidecar.name}' a native sidecar: it is then stopped only after every main container has exited.`
          : `Give '${sidecar.name}' a preStop delay longer than the main containers need to drain, within terminationGracePeriodSeconds.`;
      findings.push({
        container: sidecar.name,
        message: `Legacy sidecar '${sidecar.name}' gets its stop signal together with the main containers, yet ${reasons.join(' and ')}; it may be gone before they finish, losing requests or the last log lines. ${remedy}${guessNote([sidecar])}`,
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
      summary: `Made '${sidecar.name}' a native sidecar, so it is stopped only after every main container has exited.${native.note}`,
    };
  },
};
