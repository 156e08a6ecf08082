import { createContext } from '../../lint/context';
import { ruleById } from '../../lint/registry';
import type { Finding, Rule } from '../../lint/types';
import type { Design } from '../../model/types';

/** The findings of a design, computed once per design version (shared with the editor's marks). */
export { findingsOf } from '../../store/derived';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 errors, 1 warning, 0 info": how many findings of each severity. */
export function countText(findings: readonly Finding[]): string {
  const of = (severity: Finding['severity']) =>
    findings.filter((f) => f.severity === severity).length;
  return [
    count(of('error'), 'error', 'errors'),
    count(of('warning'), 'warning', 'warnings'),
    `${of('info')} info`,
  ].join(', ');
}

/** The design after the one-click fix of a finding, and what changed; undefined without a fix. */
export function applyFix(
  design: Design,
  finding: Finding,
): { design: Design; summary: string } | undefined {
  const rule: Rule | undefined = ruleById(finding.rule);
  return rule?.fix?.(design, finding, createContext(design.target));
}

/** True when the finding's rule offers a one-click fix. */
export function hasFix(finding: Finding): boolean {
  return ruleById(finding.rule)?.fix !== undefined;
}
