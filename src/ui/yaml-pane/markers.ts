import type { Severity } from '../../lint/types';
import type { ImportError } from '../../manifest/types';
import type { Design } from '../../model/types';
import { placedFindingsOf } from '../../store/derived';

/** A mark on the manifest text, independent of the editor: 1-based lines and columns. */
export interface TextMarker {
  severity: Severity;
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** The line `line` (1-based, clamped to the text) and its columns from first character to end. */
function lineSpan(lines: readonly string[], line: number) {
  const number = Math.min(Math.max(1, line), Math.max(1, lines.length));
  const content = lines[number - 1] ?? '';
  const first = content.length - content.trimStart().length + 1;
  const end = content.length + 1;
  return { number, first: first < end ? first : 1, end };
}

/** The nearest line at or above `line` that holds text: a mark on a blank line shows nothing. */
function writtenLine(lines: readonly string[], line: number): number {
  let number = Math.min(Math.max(1, line), Math.max(1, lines.length));
  while (number > 1 && (lines[number - 1] ?? '').trim() === '') number -= 1;
  return number;
}

/**
 * Where the text could not be read: from the reported column to the end of its line. A problem
 * reported on a blank line (the reader often stops after the last line written) marks the last
 * written line before it, whole.
 */
export function problemMarker(problem: ImportError, text: string): TextMarker {
  const lines = text.split(/\r?\n/);
  const reported = problem.line ?? 1;
  const line = writtenLine(lines, reported);
  const span = lineSpan(lines, line);
  const start =
    problem.column !== undefined && line === reported
      ? Math.min(problem.column, span.end)
      : span.first;
  return {
    severity: 'error',
    message: problem.message,
    startLineNumber: span.number,
    startColumn: start,
    endLineNumber: span.number,
    endColumn: Math.max(span.end, start + 1),
  };
}

/**
 * The findings of `design` that can be placed on a line of `text` (the manifest shown for it),
 * each marking the whole line as "rule-id: message". Text that is not YAML yields none. The
 * findings are the ones the warnings panel shows: the design is linted once for both.
 */
export function findingMarkers(design: Design, text: string): TextMarker[] {
  const located = placedFindingsOf(design, text);
  const lines = text.split(/\r?\n/);
  return located.flatMap((finding) => {
    if (finding.line === undefined) return [];
    const span = lineSpan(lines, finding.line);
    return [
      {
        severity: finding.severity,
        message: `${finding.rule}: ${finding.message}`,
        startLineNumber: span.number,
        startColumn: span.first,
        endLineNumber: span.number,
        endColumn: span.end,
      },
    ];
  });
}
