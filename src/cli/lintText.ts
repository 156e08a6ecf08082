import { ruleById } from '../lint/registry';
import type { WorkloadFindings } from './lint';

/** Findings as a person reads them in a terminal or a CI log. */
export function formatFindingsText(results: readonly WorkloadFindings[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    const title = `${result.file}: ${result.kind} "${result.name}"`;
    if (result.findings.length === 0) {
      lines.push(`${title}: no findings`);
      continue;
    }
    lines.push(title);
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      const where = f.line ? `${result.file}:${f.line}` : result.file;
      const container = f.container ? ` [${f.container}]` : '';
      lines.push(`  ${where}  ${f.severity.padEnd(7)} ${f.rule}${container}`);
      lines.push(`    ${f.message}`);
      if (ruleById(f.rule)?.fix) lines.push('    A one-click fix is available in Sidecar Studio.');
    }
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    '',
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`,
  );
  return `${lines.join('\n')}\n`;
}
