import { findContainer } from '../../model/placement';
import type { Container, Design } from '../../model/types';
import { anyGuessed, guessNote, initIndexOf, kindOf } from '../helpers/containers';
import { moveBefore } from '../helpers/edit';
import { type EffectiveLink, effectiveLinks, linkWords } from '../helpers/links';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

/** Links from a regular init container to a native sidecar declared after it. */
function lateSidecarLinks(design: Design): EffectiveLink[] {
  return effectiveLinks(design).filter(
    (link) =>
      kindOf(design, link.from) === 'init' &&
      kindOf(design, link.to) === 'native-sidecar' &&
      initIndexOf(design, link.from) < initIndexOf(design, link.to),
  );
}

export const initBeforeNeededSidecar: Rule = {
  id: 'order/init-before-needed-sidecar',
  number: 'R17',
  severity: 'warning',
  title: 'Init container runs before the sidecar it needs',
  explanation:
    'Init containers and sidecars start one by one in declaration order, and an init container must finish before anything declared after it starts. An init container that talks to a sidecar declared after it finds nothing listening: its calls are refused and it is retried forever, or the Pod fails under restartPolicy: Never.',
  sources: sources('K-KRC', 'D-SIDECAR', 'I-BLOG'),
  nativeBehaviour: 'start',
  check(design) {
    return lateSidecarLinks(design).map(
      (link): RuleFinding => ({
        container: link.from.name,
        message: `Init container '${link.from.name}' talks to sidecar '${link.to.name}' ${linkWords(link)}, but '${link.to.name}' is declared after it and does not start until '${link.from.name}' has finished, so the calls are refused and '${link.from.name}' never succeeds. Move '${link.to.name}' above '${link.from.name}' in initContainers.${guessNote([link.to])}`,
        ...(anyGuessed([link.to]) ? { guess: true } : {}),
      }),
    );
  },
  fix(design, finding) {
    const init = finding.container ? findContainer(design, finding.container) : undefined;
    if (!init) return undefined;
    const needed: Container[] = lateSidecarLinks(design)
      .filter((link) => link.from.name === init.name)
      .map((link) => link.to)
      .filter((c, i, all) => all.findIndex((o) => o.name === c.name) === i)
      .sort((a, b) => initIndexOf(design, a) - initIndexOf(design, b));
    if (needed.length === 0) return undefined;
    const moved = needed.reduce((d, sidecar) => moveBefore(d, sidecar.name, init.name), design);
    const names = needed.map((c) => `'${c.name}'`).join(' and ');
    return {
      design: moved,
      summary: `Moved sidecar ${names} above init container '${init.name}' so it is running when '${init.name}' starts.`,
    };
  },
};
