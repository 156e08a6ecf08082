import type { Design } from '../../model/types';
import { createContext } from '../context';
import { lintDesign } from '../engine';
import type { Finding, FixResult, LintContext, Rule, RuleFinding } from '../types';

/** Helpers for rule tests: run one rule, apply its fix, lint the whole registry. */

/** The findings of one rule as the rule itself returns them. */
export function check(rule: Rule, design: Design): RuleFinding[] {
  return rule.check(design, createContext(design.target));
}

/** The findings of one rule on a design, as the engine reports them (with severity and path). */
export function runRule(rule: Rule, design: Design, context?: LintContext): Finding[] {
  return lintDesign(design, { rules: [rule], context: context ?? createContext(design.target) });
}

/** Applies a rule's fix to its first finding on a design; undefined when nothing is fixable. */
export function fixFirst(rule: Rule, design: Design, context?: LintContext): FixResult | undefined {
  const ctx = context ?? createContext(design.target);
  const [first] = rule.check(design, ctx);
  return first && rule.fix ? rule.fix(design, first, ctx) : undefined;
}

/** The fix of the rule for its first finding; throws when there is none. */
export function requireFix(rule: Rule, design: Design): FixResult {
  const result = fixFirst(rule, design);
  if (result) return result;
  const found = check(rule, design).length > 0;
  throw new Error(`${rule.id} ${found ? 'offered no fix' : 'found nothing to fix'}`);
}

/** The error-severity findings of every registered rule. */
export function errorsOf(design: Design, context?: LintContext): Finding[] {
  return lintDesign(design, context ? { context } : {}).filter((f) => f.severity === 'error');
}

/** The ids (sorted, with repeats) of the findings of these rules. */
export function firedIds(design: Design, rules: readonly Rule[]): string[] {
  return lintDesign(design, { rules })
    .map((f) => f.rule)
    .sort();
}
