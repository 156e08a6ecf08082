import type { JsonValue } from '../../model/json';
import { arrayOf, isSet, objectOf } from './json-access';
import type { Problem } from './problem';

/** The container `restartPolicy` values Kubernetes knows once ContainerRestartRules is on. */
export const CONTAINER_RESTART_POLICIES = ['Always', 'OnFailure', 'Never'] as const;

export const MAX_RESTART_RULES = 20;
export const MAX_EXIT_CODES = 255;

/** True for `Always`, `OnFailure` or `Never`. */
export function isContainerRestartPolicy(value: JsonValue | undefined): boolean {
  return (
    typeof value === 'string' && (CONTAINER_RESTART_POLICIES as readonly string[]).includes(value)
  );
}

/**
 * Problems with the shape of `restartPolicyRules` (V-RP-6), when the field is set. The action is
 * `Restart`, or also `RestartAllContainers` where RestartAllContainersOnContainerExits is on
 * (KEP-5532: beta and on by default from 1.36).
 */
export function restartRulesProblems(
  rules: JsonValue | undefined,
  allowRestartAll = false,
): Problem[] {
  if (!isSet(rules)) return [];
  const list = arrayOf(rules);
  if (!list) return [{ field: 'restartPolicyRules', message: 'must be a list of rules' }];
  const problems: Problem[] = [];
  if (list.length > MAX_RESTART_RULES) {
    problems.push({
      field: 'restartPolicyRules',
      message: `has ${list.length} rules; at most ${MAX_RESTART_RULES} are allowed`,
    });
  }
  list.forEach((entry, index) => {
    const path = `restartPolicyRules[${index}]`;
    const rule = objectOf(entry) ?? {};
    const allowed = allowRestartAll ? ['Restart', 'RestartAllContainers'] : ['Restart'];
    if (!allowed.includes(String(rule.action))) {
      const use = allowRestartAll ? 'Restart or RestartAllContainers' : 'Restart';
      problems.push({
        field: `${path}.action`,
        message: isSet(rule.action)
          ? `"${String(rule.action)}" is not supported; use ${use}`
          : `is required; use ${use}`,
      });
    }
    // The documentation's RestartAllContainers example (pod-lifecycle, "Restart all containers")
    // nests the exit codes under onExit; both spellings are read.
    const exitCodes = objectOf(rule.exitCodes) ?? objectOf(objectOf(rule.onExit)?.exitCodes);
    if (!exitCodes) {
      problems.push({
        field: `${path}.exitCodes`,
        message: 'is required: say which exit codes the rule matches',
      });
      return;
    }
    if (exitCodes.operator !== 'In' && exitCodes.operator !== 'NotIn') {
      problems.push({ field: `${path}.exitCodes.operator`, message: 'must be In or NotIn' });
    }
    const values = arrayOf(exitCodes.values) ?? [];
    if (values.length > MAX_EXIT_CODES) {
      problems.push({
        field: `${path}.exitCodes.values`,
        message: `lists ${values.length} exit codes; at most ${MAX_EXIT_CODES} are allowed`,
      });
    }
  });
  return problems;
}
