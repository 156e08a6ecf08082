import { findContainer } from '../../model/placement';
import type { Design } from '../../model/types';
import { anyGuessed, guessNote, initIndexOf, kindOf } from '../helpers/containers';
import { moveBefore } from '../helpers/edit';
import { type EffectiveLink, effectiveLinks, linkWords } from '../helpers/links';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

/** Links from a sidecar to a sidecar declared after it. */
function invertedLinks(design: Design): EffectiveLink[] {
  return effectiveLinks(design).filter(
    (link) =>
      kindOf(design, link.from) === 'native-sidecar' &&
      kindOf(design, link.to) === 'native-sidecar' &&
      initIndexOf(design, link.from) < initIndexOf(design, link.to),
  );
}

export const sidecarDependencyInverted: Rule = {
  id: 'order/sidecar-dependency-inverted',
  number: 'R18',
  severity: 'warning',
  title: 'Sidecar declared before the sidecar it depends on',
  explanation:
    'Sidecars start in declaration order and stop in reverse order. A sidecar that talks to one declared after it starts before its dependency exists, and at shutdown the dependency is stopped first, so it lacks it at both ends (a log shipper that sends through the proxy loses its last batch).',
  sources: sources('K-KRC', 'K-KTO', 'D-SIDECAR'),
  nativeBehaviour: 'start',
  check(design) {
    return invertedLinks(design).map(
      (link): RuleFinding => ({
        container: link.from.name,
        message: `Sidecar '${link.from.name}' talks to sidecar '${link.to.name}' ${linkWords(link)}, but '${link.to.name}' is declared after it: it starts later and, at shutdown, stops earlier than '${link.from.name}', whose first and last calls fail. Declare '${link.to.name}' before '${link.from.name}'.${guessNote([link.from, link.to])}`,
        ...(anyGuessed([link.from, link.to]) ? { guess: true } : {}),
      }),
    );
  },
  fix(design, finding) {
    const dependent = finding.container ? findContainer(design, finding.container) : undefined;
    if (!dependent) return undefined;
    const targets = invertedLinks(design)
      .filter((link) => link.from.name === dependent.name)
      .map((link) => link.to)
      .filter((c, i, all) => all.findIndex((o) => o.name === c.name) === i)
      .sort((a, b) => initIndexOf(design, a) - initIndexOf(design, b));
    if (targets.length === 0) return undefined;
    const moved = targets.reduce((d, target) => moveBefore(d, target.name, dependent.name), design);
    const names = targets.map((c) => `'${c.name}'`).join(' and ');
    return {
      design: moved,
      summary: `Moved sidecar ${names} before sidecar '${dependent.name}', so it starts earlier and stops later.`,
    };
  },
};
