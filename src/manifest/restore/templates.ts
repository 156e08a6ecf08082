import { COLLECTION_STYLE, EVENT_ID, type Event, SCALAR_STYLE } from 'js-yaml';

/** Where a Helm or Go template expression was found. */
export interface TemplateMark {
  /** Offset of its `{{` in the text. */
  offset: number;
  /** The expression as written, shortened when long. */
  snippet: string;
}

/** The expression starting at `offset`: up to its `}}` on the same line, at most 60 characters. */
function snippetAt(text: string, offset: number): string {
  const lineEnd = text.slice(offset).search(/[\r\n]/);
  const line = text.slice(offset, lineEnd < 0 ? undefined : offset + lineEnd);
  const close = line.indexOf('}}');
  const expression = close >= 0 ? line.slice(0, close + 2) : line.trimEnd();
  return expression.length > 60 ? `${expression.slice(0, 59)}…` : expression;
}

/**
 * Finds template syntax in a text that parsed as YAML: a plain (unquoted) scalar that contains
 * `{{`, or a flow mapping that opens with `{{` (how YAML reads `image: {{ .Values.image }}`).
 * Quoted and block scalars are data: a Grafana legend "{{pod}}" is not a template.
 */
export function findTemplateInEvents(text: string, events: readonly Event[]): TemplateMark | null {
  for (const event of events) {
    let offset = -1;
    if (
      event.type === EVENT_ID.SCALAR &&
      event.style === SCALAR_STYLE.PLAIN &&
      event.valueStart >= 0
    ) {
      const at = text.slice(event.valueStart, event.valueEnd).indexOf('{{');
      if (at >= 0) offset = event.valueStart + at;
    } else if (
      event.type === EVENT_ID.MAPPING &&
      event.style === COLLECTION_STYLE.FLOW &&
      text.startsWith('{{', event.start)
    ) {
      offset = event.start;
    }
    if (offset >= 0) return { offset, snippet: snippetAt(text, offset) };
  }
  return null;
}

/** Characters after which a quote opens a quoted scalar (rather than sitting inside plain text). */
const QUOTE_MAY_FOLLOW = new Set(['', ':', '-', '[', '{', ',', '?']);

/**
 * Finds `{{` outside quotes, comments and block scalars, line by line, in a text that did not
 * parse as YAML (templates with `{{- if }}` blocks rarely do). A heuristic: quoted strings that
 * span lines are not followed.
 */
export function findTemplateInText(text: string): TemplateMark | null {
  let lineStart = 0;
  let blockParentIndent = -1;
  for (const line of text.split(/\r\n|\n|\r/)) {
    const offset = lineStart;
    lineStart += line.length + (text.startsWith('\r\n', offset + line.length) ? 2 : 1);
    const indent = line.length - line.trimStart().length;
    if (blockParentIndent >= 0) {
      if (line.trim() === '' || indent > blockParentIndent) continue;
      blockParentIndent = -1;
    }
    let quote = '';
    let previous = '';
    let end = line.length;
    for (let i = indent; i < line.length; i++) {
      const c = line.charAt(i);
      if (quote !== '') {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote && !(quote === "'" && line.charAt(i + 1) === "'")) quote = '';
        else if (c === quote) i++;
        continue;
      }
      if ((c === '"' || c === "'") && QUOTE_MAY_FOLLOW.has(previous)) quote = c;
      else if (c === '#' && (i === 0 || /\s/.test(line.charAt(i - 1)))) {
        end = i;
        break;
      } else if (c === '{' && line.charAt(i + 1) === '{') {
        return { offset: offset + i, snippet: snippetAt(text, offset + i) };
      }
      if (!/\s/.test(c)) previous = c;
    }
    if (quote === '' && /(^|^(-\s+)+|:\s+)[|>][-+1-9]*$/.test(line.slice(indent, end).trimEnd())) {
      blockParentIndent = indent;
    }
  }
  return null;
}
