import { ruleById } from '../lint/registry';
import type { Finding } from '../lint/types';
import { isJsonObject } from '../model/json';
import type { Design } from '../model/types';
import type { CliConfig } from './config';

/** The annotation that silences rules for one workload: `"rule-id,rule-id"`. */
export const IGNORE_ANNOTATION = 'sidecar.studio/ignore';

/**
 * The rule ids the workload's ignore annotation names, on the workload or on its pod template,
 * and the names in it that are no rule (a typo the person should hear about).
 */
export function ignoredRulesOf(design: Design): { rules: Set<string>; unknown: string[] } {
  const rules = new Set<string>();
  const unknown: string[] = [];
  for (const metadata of [design.metadata, design.templateMetadata]) {
    const annotations = metadata.annotations;
    const value = isJsonObject(annotations) ? annotations[IGNORE_ANNOTATION] : undefined;
    if (typeof value !== 'string') continue;
    for (const id of value.split(',').map((part) => part.trim())) {
      if (id === '') continue;
      if (ruleById(id)) rules.add(id);
      else if (!unknown.includes(id)) unknown.push(id);
    }
  }
  return { rules, unknown };
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Findings as the person tuned them: rules the configuration turns off or the workload's
 * annotation ignores are dropped, severities the configuration changes are changed, and the
 * order (by severity, then catalogue) is kept.
 */
export function tuneFindings(
  findings: readonly Finding[],
  config: Pick<CliConfig, 'rules'>,
  ignored: ReadonlySet<string>,
): Finding[] {
  return findings
    .filter((f) => config.rules[f.rule] !== 'off' && !ignored.has(f.rule))
    .map((f) => {
      const setting = config.rules[f.rule];
      return setting && setting !== 'off' ? { ...f, severity: setting } : f;
    })
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
