import { arrayAt, podAnnotations, stringsOf } from '../../model/jsonRead';
import { findContainer } from '../../model/placement';
import type { Design } from '../../model/types';
import { anyGuessed, guessNote, kindOf } from '../helpers/containers';
import { removeWorkaroundAnnotations, workaroundAnnotations } from '../helpers/mesh';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

const EXIT_CALL =
  /(localhost|127\.0\.0\.1)(:\d+)?\/quitquitquit|(localhost|127\.0\.0\.1):4191\/shutdown/;

/** Main containers whose command or args POST to a proxy's exit endpoint. */
function exitCalls(design: Design): Array<{ name: string; field: string }> {
  const result: Array<{ name: string; field: string }> = [];
  for (const c of design.containers) {
    if (kindOf(design, c) !== 'main') continue;
    for (const field of ['command', 'args']) {
      if (stringsOf(arrayAt(c.raw, field)).some((s) => EXIT_CALL.test(s))) {
        result.push({ name: c.name, field });
      }
    }
  }
  return result;
}

export const legacyWorkaroundWithNative: Rule = {
  id: 'mesh/legacy-workaround-with-native',
  number: 'R40',
  severity: 'info',
  title: 'Legacy mesh workaround next to a native proxy',
  explanation:
    'Holding the app until the proxy starts, delaying the proxy exit, or calling the proxy exit endpoint from the app are workarounds for legacy sidecars. A native sidecar already starts before the app, stops after it and does not keep a Job alive; Linkerd documents that the exit delay should not be used with native sidecars.',
  sources: sources('I-HOLD', 'L-NATIVE', 'D-LIFE'),
  nativeBehaviour: 'start',
  check(design) {
    const proxies = design.containers.filter(
      (c) => kindOf(design, c) === 'native-sidecar' && c.purpose === 'proxy',
    );
    const proxy = proxies[0];
    if (!proxy) return [];
    const note = guessNote(proxies);
    const guess = anyGuessed(proxies) ? { guess: true } : {};
    const findings: RuleFinding[] = workaroundAnnotations(podAnnotations(design)).map((a) => ({
      container: proxy.name,
      message: `The annotation ${a.description} is a workaround for legacy sidecars; with '${proxy.name}' as a native sidecar, start and stop are already ordered. Remove it.${note}`,
      ...guess,
    }));
    for (const call of exitCalls(design)) {
      findings.push({
        container: call.name,
        field: call.field,
        message: `'${call.name}' calls the proxy's exit endpoint in its ${call.field}; with '${proxy.name}' as a native sidecar the Pod finishes without it. Remove the call.${note}`,
        ...guess,
      });
    }
    return findings;
  },
  fix(design, finding) {
    const target = finding.container ? findContainer(design, finding.container) : undefined;
    if (!target || kindOf(design, target) !== 'native-sidecar') return undefined;
    if (workaroundAnnotations(podAnnotations(design)).length === 0) return undefined;
    return {
      design: removeWorkaroundAnnotations(design),
      summary: `Removed the legacy sidecar workaround annotations; the native sidecar '${target.name}' orders start and stop itself.`,
    };
  },
};
