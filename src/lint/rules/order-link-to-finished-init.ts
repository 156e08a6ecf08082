import { findContainer } from '../../model/placement';
import type { Design } from '../../model/types';
import { isAppContainer, kindOf, startsAfter } from '../helpers/containers';
import { makeNativeSidecar } from '../helpers/edit';
import { type EffectiveLink, explicitLinks } from '../helpers/links';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

/** Links into a regular init container from a container that starts after it has finished. */
function linksIntoFinishedInit(design: Design): EffectiveLink[] {
  return explicitLinks(design).filter(
    (link) => kindOf(design, link.to) === 'init' && startsAfter(design, link.from, link.to),
  );
}

/** Links from a regular init container to a main container (which starts only after it). */
function linksToMain(design: Design): EffectiveLink[] {
  return explicitLinks(design).filter(
    (link) => kindOf(design, link.from) === 'init' && kindOf(design, link.to) === 'main',
  );
}

export const linkToFinishedInit: Rule = {
  id: 'order/link-to-finished-init',
  number: 'R20',
  severity: 'warning',
  title: 'Link to or from an init container that has already finished',
  explanation:
    'A regular init container must exit before anything declared after it starts, and main containers start only after every init container has finished. A link into an init container from a later container, or from an init container to a main container, has nobody at the other end.',
  sources: sources('K-KRC', 'D-INIT'),
  check(design) {
    const findings: RuleFinding[] = [];
    for (const link of linksIntoFinishedInit(design)) {
      const later = isAppContainer(design, link.from)
        ? 'main container'
        : 'container declared after it';
      findings.push({
        container: link.to.name,
        message: `'${link.from.name}' talks to init container '${link.to.name}' on localhost:${link.port}, but '${link.to.name}' has exited before that ${later} starts, so every call is refused. Make '${link.to.name}' a sidecar (restartPolicy: Always) if it must keep serving, or hand the data over through a shared volume.`,
      });
    }
    for (const link of linksToMain(design)) {
      findings.push({
        container: link.from.name,
        message: `Init container '${link.from.name}' talks to main container '${link.to.name}' on localhost:${link.port}, but main containers start only after every init container has finished, so nothing listens yet. Hand the data over through a shared volume, or move the work into a sidecar.`,
      });
    }
    return findings;
  },
  fix(design, finding) {
    const init = finding.container ? findContainer(design, finding.container) : undefined;
    if (!init || kindOf(design, init) !== 'init') return undefined;
    if (!linksIntoFinishedInit(design).some((link) => link.to.name === init.name)) return undefined;
    const { design: changed, note } = makeNativeSidecar(design, init.name);
    return {
      design: changed,
      summary: `Made init container '${init.name}' a sidecar (restartPolicy: Always), so it keeps serving the containers after it.${note}`,
    };
  },
};
