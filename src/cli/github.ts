import { STDIN_NAME } from './io';
import type { LintNote, WorkloadFindings } from './lint';
import { countSeverities, severitySummary } from './lintText';

/** GitHub's workflow-command escaping of a message, and of a property value. */
const escapeData = (s: string) =>
  s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (s: string) => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

function annotation(
  command: string,
  where: { file: string; line?: number | null; title?: string },
  message: string,
): string {
  const properties = [
    ...(where.file !== STDIN_NAME ? [`file=${escapeProperty(where.file)}`] : []),
    ...(where.line ? [`line=${where.line}`] : []),
    ...(where.title ? [`title=${escapeProperty(where.title)}`] : []),
  ];
  return `::${command}${properties.length ? ` ${properties.join(',')}` : ''}::${escapeData(message)}`;
}

/**
 * Findings and notes as GitHub Actions workflow commands, which the run's summary and the pull
 * request's changed files show at their lines; then one plain summary line for the log.
 */
export function formatGithub(
  results: readonly WorkloadFindings[],
  notes: readonly LintNote[],
): string {
  const lines = notes.map((note) => annotation(note.level, note, note.message));
  for (const result of results) {
    for (const f of result.findings) {
      const title = `${f.rule}${f.container ? ` (${f.container})` : ''}`;
      lines.push(
        annotation(
          COMMAND[f.severity],
          { file: result.file, line: f.line, title },
          `${result.kind} "${result.name}": ${f.message}`,
        ),
      );
    }
  }
  lines.push(`Sidecar Studio: ${severitySummary(countSeverities(results))}`);
  return `${lines.join('\n')}\n`;
}
