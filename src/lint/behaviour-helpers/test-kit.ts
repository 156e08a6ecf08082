import type { Design } from '../../model/types';
import { createContext } from '../context';
import { lintDesign } from '../engine';
import type { Finding, FixResult, Rule, RuleFinding } from '../types';

/** Helpers for rule tests: run one rule, apply its fix, lint the whole registry. */

export function check(rule: Rule, design: Design): RuleFinding[] {
  return rule.check(design, createContext(design.target));
}

/** The fix of the rule for its first finding; throws when there is none. */
export function fixFirst(rule: Rule, design: Design): FixResult {
  const [finding] = check(rule, design);
  if (!finding) throw new Error(`${rule.id} found nothing to fix`);
  const result = rule.fix?.(design, finding, createContext(design.target));
  if (!result) throw new Error(`${rule.id} offered no fix`);
  return result;
}

/** Error-severity findings of every registered rule. */
export function errorsOf(design: Design): Finding[] {
  return lintDesign(design).filter((f) => f.severity === 'error');
}

/** The ids (sorted, with repeats) of the findings of these rules. */
export function firedIds(design: Design, rules: readonly Rule[]): string[] {
  return lintDesign(design, { rules })
    .map((f) => f.rule)
    .sort();
}
