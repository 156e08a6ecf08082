import {
  DEFAULT_CONTAINER_ANNOTATION,
  type KubectlDefault,
  kubectlDefault,
} from '../../model/kubectlDefault';
import { setDefaultContainer } from '../../model/ops/defaultContainer';
import { appContainersOf } from '../../model/placement';
import type { Container, Design } from '../../model/types';
import { anyGuessed, guessNote, kindOf, labelOf } from '../helpers/containers';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

/** The main container kubectl should pick: the first main entry of `containers`. */
function firstMain(design: Design): Container | undefined {
  return appContainersOf(design).find((c) => kindOf(design, c) === 'main');
}

function problem(design: Design, picked: KubectlDefault, main: Container): string | undefined {
  const { container, annotation, annotationUnknown } = picked;
  if (!container) return undefined;
  const what = labelOf(design, container);
  if (annotationUnknown) {
    return `The annotation ${DEFAULT_CONTAINER_ANNOTATION} names '${annotation}', which is not a container of this pod, so kubectl falls back silently to the first container, ${what}.`;
  }
  const kind = kindOf(design, container);
  if (kind === 'main') return undefined;
  if (picked.source === 'annotation') {
    return `The annotation ${DEFAULT_CONTAINER_ANNOTATION} makes ${what} the container kubectl picks.`;
  }
  if (container.name === main.name) return undefined;
  return `${what[0]?.toUpperCase()}${what.slice(1)} is listed first in containers and no ${DEFAULT_CONTAINER_ANNOTATION} annotation says otherwise, so kubectl picks it.`;
}

export const defaultContainerIsSidecar: Rule = {
  id: 'kubectl/default-container-is-sidecar',
  number: 'R41',
  severity: 'warning',
  title: 'kubectl logs and exec go to a sidecar by default',
  explanation:
    'Without -c, kubectl logs, exec, attach, cp and port-forward use the container named by the annotation kubectl.kubernetes.io/default-container, else the first entry of containers, and print "Defaulted container X out of: …". When that is a sidecar, kubectl logs shows the proxy or the log shipper instead of the app, and kubectl exec opens a shell in the sidecar. A name that matches no container makes kubectl fall back silently to the first one.',
  sources: sources('KEP-2227', 'K-PODCMD'),
  check(design) {
    const main = firstMain(design);
    if (!main) return [];
    const picked = kubectlDefault(design);
    const sentence = problem(design, picked, main);
    if (!sentence || !picked.container) return [];
    const guessed = picked.annotationUnknown ? [] : [picked.container];
    return [
      {
        container: picked.container.name,
        message: `${sentence} kubectl logs and kubectl exec without -c then reach '${picked.container.name}' instead of main container '${main.name}'. Set ${DEFAULT_CONTAINER_ANNOTATION}: ${main.name} on the pod${design.kind === 'Pod' ? '' : ' template'}, or list '${main.name}' first.${guessNote(guessed)}`,
        ...(anyGuessed(guessed) ? { guess: true } : {}),
      } satisfies RuleFinding,
    ];
  },
  fix(design) {
    const main = firstMain(design);
    if (!main) return undefined;
    return {
      design: setDefaultContainer(design, main.name),
      summary: `Set ${DEFAULT_CONTAINER_ANNOTATION} to '${main.name}', so kubectl logs and exec reach the main container by default.`,
    };
  },
};
