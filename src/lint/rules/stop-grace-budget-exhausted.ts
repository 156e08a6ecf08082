import type { Design } from '../../model/types';
import { isAppContainer, kindOf } from '../helpers/containers';
import { type KnownPreStop, preStopSeconds } from '../helpers/hooks';
import { gracePeriodOf } from '../helpers/json-access';
import { sources } from '../helpers/sources';
import type { Rule, RuleFinding } from '../types';

/** Seconds left for the sidecars after the hook, on top of the hook itself, in the fix. */
const SHUTDOWN_MARGIN = 15;

function exhausting(design: Design): Array<{ name: string; hook: KnownPreStop }> {
  if (!design.containers.some((c) => kindOf(design, c) === 'native-sidecar')) return [];
  const grace = gracePeriodOf(design);
  const result: Array<{ name: string; hook: KnownPreStop }> = [];
  for (const container of design.containers) {
    if (!isAppContainer(design, container)) continue;
    const hook = preStopSeconds(container);
    if (hook && hook.seconds >= grace - 2) result.push({ name: container.name, hook });
  }
  return result;
}

export const graceBudgetExhausted: Rule = {
  id: 'stop/grace-budget-exhausted',
  number: 'R26',
  severity: 'warning',
  title: "A main container's preStop uses up the grace period",
  explanation:
    'All containers of a Pod share one termination grace period. When a main container spends almost all of it in its preStop hook, the sidecars are released only when the time runs out, get the 2-second minimum and are killed together: the orderly shutdown is lost.',
  sources: sources('K-KRC', 'D-LIFE'),
  nativeBehaviour: 'stop',
  check(design) {
    const grace = gracePeriodOf(design);
    return exhausting(design).map(
      ({ name, hook }): RuleFinding => ({
        container: name,
        field: hook.field,
        message: `The preStop hook of '${name}' takes ${hook.seconds} s of the Pod's ${grace} s grace period, leaving 2 s or less: the sidecars are then killed together with only the 2-second minimum, not stopped in order after '${name}'. Raise terminationGracePeriodSeconds or shorten the hook.`,
      }),
    );
  },
  fix(design) {
    const found = exhausting(design);
    if (found.length === 0) return undefined;
    const longest = Math.max(...found.map((f) => f.hook.seconds));
    const grace = longest + SHUTDOWN_MARGIN;
    return {
      design: { ...design, podSpec: { ...design.podSpec, terminationGracePeriodSeconds: grace } },
      summary: `Raised terminationGracePeriodSeconds from ${gracePeriodOf(design)} to ${grace}, leaving ${SHUTDOWN_MARGIN} s after the longest preStop hook for the containers and sidecars to stop in order.`,
    };
  },
};
