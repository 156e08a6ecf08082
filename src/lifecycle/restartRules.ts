import type { Gates } from '../lint/types';
import { isJsonObject, type JsonValue } from '../model/json';
import type { Container, Design } from '../model/types';
import { podRestartPolicy } from './read';

/** What the kubelet does when a container exits with a code. */
export interface ExitDecision {
  /** `restart`: that container again; `restart-all`: every container of the Pod, from the init sequence. */
  action: 'restart' | 'restart-all' | 'stay';
  /** Why, as a clause for a sentence ("the Pod's restartPolicy is Never"). */
  why: string;
}

interface Rule {
  action: string;
  operator: string;
  values: number[];
}

function rulesOf(c: Container): Rule[] {
  const list: JsonValue | undefined = c.raw.restartPolicyRules;
  if (!Array.isArray(list)) return [];
  return list.flatMap((rule): Rule[] => {
    if (!isJsonObject(rule) || typeof rule.action !== 'string') return [];
    // The API nests the exit codes as `exitCodes`; the RestartAllContainers examples as `onExit.exitCodes`.
    const onExit = isJsonObject(rule.onExit) ? rule.onExit.exitCodes : undefined;
    const codes = isJsonObject(rule.exitCodes) ? rule.exitCodes : onExit;
    if (!isJsonObject(codes) || typeof codes.operator !== 'string') return [];
    const values = Array.isArray(codes.values)
      ? codes.values.filter((v): v is number => typeof v === 'number')
      : [];
    return [{ action: rule.action, operator: codes.operator, values }];
  });
}

function matches(rule: Rule, code: number): boolean {
  if (rule.operator === 'In') return rule.values.includes(code);
  if (rule.operator === 'NotIn') return !rule.values.includes(code);
  return false;
}

/**
 * The exit code a crash of this container is shown with: the first code one of its restart rules
 * names (so that a person sees the rule act), else 1.
 */
export function crashCode(c: Container): number {
  const named = rulesOf(c).find((rule) => rule.operator === 'In' && rule.values.length > 0);
  return named?.values[0] ?? 1;
}

/**
 * What the kubelet does when `c` exits with `code` (sidecar-rules.md §1.2, §2.3): a matching
 * `restartPolicyRules` entry first (ContainerRestartRules, KEP-5307; its `RestartAllContainers`
 * action with RestartAllContainersOnContainerExits, KEP-5532), then the container's own
 * `restartPolicy` (ContainerRestartRules), then the Pod's. A native sidecar is always restarted.
 */
export function onExit(
  design: Design,
  c: Container,
  code: number,
  gates: Gates,
  native: boolean,
): ExitDecision {
  const rulesApply = gates.containerRestartRules || (native && gates.restartAllContainers);
  const rule = rulesApply ? rulesOf(c).find((r) => matches(r, code)) : undefined;
  if (rule?.action === 'RestartAllContainers' && gates.restartAllContainers) {
    return {
      action: 'restart-all',
      why: `its restartPolicyRules say RestartAllContainers for exit code ${code}`,
    };
  }
  if (native) return { action: 'restart', why: 'a native sidecar is always restarted' };
  if (rule?.action === 'Restart') {
    return { action: 'restart', why: `its restartPolicyRules say Restart for exit code ${code}` };
  }
  const own = gates.containerRestartRules ? c.raw.restartPolicy : undefined;
  const policy = typeof own === 'string' ? own : podRestartPolicy(design);
  const whose = typeof own === 'string' ? 'its own restartPolicy' : "the Pod's restartPolicy";
  const restarts = policy === 'Always' || (policy === 'OnFailure' && code !== 0);
  return {
    action: restarts ? 'restart' : 'stay',
    why: `${whose} is ${policy}`,
  };
}
