import { findContainer } from '../../model/placement';
import type { Design } from '../../model/types';
import { anyGuessed, guessNote, kindOf } from '../helpers/containers';
import { makeNativeSidecar, moveBefore } from '../helpers/edit';
import { type EffectiveLink, effectiveLinks, linkWords } from '../helpers/links';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

function initToLegacyLinks(design: Design): EffectiveLink[] {
  return effectiveLinks(design).filter(
    (link) => kindOf(design, link.from) === 'init' && kindOf(design, link.to) === 'legacy-sidecar',
  );
}

export const initUsesLegacySidecar: Rule = {
  id: 'order/init-uses-legacy-sidecar',
  number: 'R22',
  severity: 'warning',
  title: 'Init container needs a legacy sidecar',
  explanation:
    'Every init container finishes before any entry of containers starts, so a legacy sidecar never runs while init containers do. An init container that talks to one finds nothing listening.',
  sources: sources('D-INIT', 'I-BLOG'),
  check(design) {
    return initToLegacyLinks(design).map(
      (link): RuleFinding => ({
        container: link.from.name,
        message: `Init container '${link.from.name}' talks to legacy sidecar '${link.to.name}' ${linkWords(link)}, but '${link.to.name}' is an entry of containers and starts only after every init container has finished, so the calls are refused. Make '${link.to.name}' a native sidecar declared before '${link.from.name}'.${guessNote([link.to])}`,
        ...(anyGuessed([link.to]) ? { guess: true } : {}),
      }),
    );
  },
  fix(design, finding) {
    const init = finding.container ? findContainer(design, finding.container) : undefined;
    if (!init) return undefined;
    const link = initToLegacyLinks(design).find((l) => l.from.name === init.name);
    if (!link) return undefined;
    const native = makeNativeSidecar(design, link.to.name);
    return {
      design: moveBefore(native.design, link.to.name, init.name),
      summary: `Made '${link.to.name}' a native sidecar declared before init container '${init.name}', so it is running when '${init.name}' needs it.${native.note}`,
    };
  },
};
