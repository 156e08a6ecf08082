import { apiRules } from './rules/api';
import { behaviourRules } from './rules/behaviour';
import type { Rule } from './types';

/** Every rule of the catalogue (sidecar-rules.md §8), in catalogue order. */
export const RULES: readonly Rule[] = [...apiRules, ...behaviourRules].sort(
  (a, b) => Number(a.number.slice(1)) - Number(b.number.slice(1)),
);

/** The rule with this catalogue id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
