import { type Event, parseEvents, YAMLException } from 'js-yaml';

/** How many closing-bracket lines one import may re-indent before the error stands. */
const MAX_BRACKET_FIXES = 20;

/** A line that holds nothing but closing flow brackets (`]`, `}`, `],`), maybe with a comment. */
const CLOSING_ONLY = /^[ \t]*[\]}][\]},\s]*(#.*)?$/;

/**
 * The text with one more space before the line the error points at, when the error is a closing
 * bracket written at its key's own indentation (`args: [` ... `]` under `args`). Kubernetes reads
 * that; the strict parser does not. Only a line of closing brackets is touched, so no value
 * changes, and no line number moves.
 */
function indentClosingLine(text: string, error: unknown): string | null {
  if (!(error instanceof YAMLException) || error.mark === undefined) return null;
  if (!error.reason.startsWith('deficient indentation')) return null;
  const lineStart = error.mark.position - error.mark.column;
  const lineEnd = text.slice(lineStart).search(/[\r\n]|$/);
  if (!CLOSING_ONLY.test(text.slice(lineStart, lineStart + lineEnd))) return null;
  return `${text.slice(0, lineStart)} ${text.slice(lineStart)}`;
}

/**
 * Parses YAML into events, with the nesting limit, as leniently as Kubernetes does about closing
 * brackets. Returns the text the events refer to (the input, or the input with such lines
 * indented by a space). Throws the parser's error for anything else.
 */
export function parseTolerant(input: string, maxDepth = 100): { text: string; events: Event[] } {
  let text = input;
  for (let fixes = 0; ; fixes++) {
    try {
      return { text, events: parseEvents(text, { maxDepth }) };
    } catch (error) {
      const fixed = fixes < MAX_BRACKET_FIXES ? indentClosingLine(text, error) : null;
      if (fixed === null) throw error;
      text = fixed;
    }
  }
}
