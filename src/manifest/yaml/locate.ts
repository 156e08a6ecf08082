import { EVENT_ID, type Event, getScalarValue, parseEvents } from 'js-yaml';

/**
 * Lines of a YAML text by field path, one map per document (empty documents included, so the
 * index matches the position in the file). Paths are written as in findings:
 * `spec.template.spec.initContainers[1].restartPolicy`; a mapping entry maps to the line of
 * its key, a sequence item to the line where the item starts. Lines are 1-based.
 */
export type DocumentLines = Map<string, number>;

type Frame =
  | { kind: 'map'; path: string; key: string | null; expectingKey: boolean }
  | { kind: 'seq'; path: string; index: number }
  | { kind: 'skip'; depth: number };

/** The line of every field path in every document of `text`; throws like js-yaml on bad YAML. */
export function locateLines(text: string): DocumentLines[] {
  const events = parseEvents(text, {});
  const lineOf = lineFinder(text);
  const documents: DocumentLines[] = [];
  let lines: DocumentLines = new Map();
  const stack: Frame[] = [];

  const childPath = (frame: Frame | undefined): string | undefined => {
    if (!frame || frame.kind === 'skip') return undefined;
    if (frame.kind === 'seq') return `${frame.path}[${frame.index}]`;
    return frame.path ? `${frame.path}.${frame.key}` : (frame.key ?? '');
  };

  const afterValue = (): void => {
    const top = stack[stack.length - 1];
    if (top?.kind === 'map') top.expectingKey = true;
    if (top?.kind === 'seq') top.index += 1;
  };

  for (const event of events) {
    const top = stack[stack.length - 1];
    if (top?.kind === 'skip') {
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) top.depth += 1;
      if (event.type === EVENT_ID.POP) {
        top.depth -= 1;
        if (top.depth === 0) {
          stack.pop();
          afterValue();
        }
      }
      continue;
    }
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        lines = new Map();
        documents.push(lines);
        break;
      case EVENT_ID.POP:
        if (stack.length > 0) {
          stack.pop();
          afterValue();
        }
        break;
      case EVENT_ID.SCALAR:
      case EVENT_ID.ALIAS:
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        visitNode(event);
        break;
    }
  }
  return documents;

  function visitNode(event: Event): void {
    const top = stack[stack.length - 1];
    if (top?.kind === 'map' && top.expectingKey) {
      if (event.type === EVENT_ID.SCALAR) {
        top.key = getScalarValue(text, event);
        top.expectingKey = false;
        const path = childPath(top);
        if (path !== undefined && event.valueStart >= 0) lines.set(path, lineOf(event.valueStart));
      } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
        // A complex key: nothing to locate inside it.
        top.key = '?';
        top.expectingKey = false;
        stack.push({ kind: 'skip', depth: 1 });
      } else {
        top.key = '*';
        top.expectingKey = false;
      }
      return;
    }
    const path = childPath(top) ?? '';
    const start = startOf(event);
    if (top?.kind === 'seq' && start >= 0) lines.set(path, lineOf(start));
    if (!top && start >= 0 && !lines.has('')) lines.set('', lineOf(start));
    if (event.type === EVENT_ID.MAPPING) {
      stack.push({ kind: 'map', path, key: null, expectingKey: true });
    } else if (event.type === EVENT_ID.SEQUENCE) {
      stack.push({ kind: 'seq', path, index: 0 });
    } else {
      afterValue();
    }
  }
}

function startOf(event: Event): number {
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  if (event.type === EVENT_ID.SCALAR) return event.valueStart;
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart;
  return -1;
}

/** A function from a character offset to its 1-based line. */
export function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** The line of `path` in a document, or of its nearest located ancestor. */
export function lineOfPath(lines: DocumentLines | undefined, path: string): number | undefined {
  let current = path;
  while (lines) {
    const line = lines.get(current);
    if (line !== undefined) return line;
    if (!current) return undefined;
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut > 0 ? current.slice(0, cut) : '';
  }
  return undefined;
}
