import { ruleById } from '../lint/registry';
import type { Severity } from '../lint/types';
import type { WorkloadFindings } from './lint';

/** How many findings of each severity the results hold. */
export function countSeverities(results: readonly WorkloadFindings[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const result of results) for (const f of result.findings) counts[f.severity]++;
  return counts;
}

/** "1 error, 2 warnings, 0 infos". */
export function severitySummary(counts: Record<Severity, number>): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}`;
}

/** Findings as a person reads them in a terminal or a CI log. */
export function formatFindingsText(results: readonly WorkloadFindings[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const title = `${result.file}: ${result.kind} "${result.name}"`;
    if (result.findings.length === 0) {
      lines.push(`${title}: no findings`);
      continue;
    }
    lines.push(title);
    for (const f of result.findings) {
      const where = f.line ? `${result.file}:${f.line}` : result.file;
      const container = f.container ? ` [${f.container}]` : '';
      lines.push(`  ${where}  ${f.severity.padEnd(7)} ${f.rule}${container}`);
      lines.push(`    ${f.message}`);
      if (ruleById(f.rule)?.fix) lines.push('    A one-click fix is available in Sidecar Studio.');
    }
  }
  lines.push('', severitySummary(countSeverities(results)));
  return `${lines.join('\n')}\n`;
}
