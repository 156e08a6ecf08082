import type { Design } from '../../model/types';
import { createContext } from '../context';
import { lintDesign } from '../engine';
import type { Finding, FixResult, LintContext, Rule } from '../types';

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

/** The error-severity findings of every registered rule. */
export function errorsOf(design: Design, context?: LintContext): Finding[] {
  return lintDesign(design, context ? { context } : {}).filter((f) => f.severity === 'error');
}
