import { EVENT_ID, type Event, getScalarValue } from 'js-yaml';

import type { PathSegment } from './path';

/** Where a node begins in the text, or -1 when it has no text (an empty scalar, an alias). */
function startOf(event: Event): number {
  switch (event.type) {
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return event.start;
    case EVENT_ID.SCALAR:
      return event.valueStart;
    case EVENT_ID.ALIAS:
      return event.anchorStart;
    default:
      return -1;
  }
}

/**
 * Turns positions in the event stream of a text into 1-based lines: by offset, or by the path of
 * a value inside a document (the line of its key, or of the list item).
 */
export class SourceIndex {
  private readonly lineStarts: number[] = [0];
  private readonly documentEvents: number[] = [];
  private after: Int32Array | undefined;

  constructor(
    private readonly text: string,
    private readonly events: readonly Event[],
  ) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
    events.forEach((event, i) => {
      if (event.type === EVENT_ID.DOCUMENT) this.documentEvents.push(i);
    });
  }

  /** The number of YAML documents in the text. */
  get documentCount(): number {
    return this.documentEvents.length;
  }

  /** The 1-based line of an offset. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** The 1-based column of an offset. */
  columnAt(offset: number): number {
    return offset - (this.lineStarts[this.lineAt(offset) - 1] ?? 0) + 1;
  }

  /**
   * The line of the value at `path` in document `document`; when that value has no text of its
   * own (it came through an alias or a merge key), the line of its nearest ancestor that has.
   */
  lineOf(document: number, path: readonly PathSegment[]): number | undefined {
    const first = this.documentEvents[document];
    if (first === undefined) return undefined;
    const offset = this.find(first + 1, path, 0);
    return offset >= 0 ? this.lineAt(offset) : undefined;
  }

  /** The offset for `path` below the node at event `at` (path[0..depth) already matched). */
  private find(at: number, path: readonly PathSegment[], depth: number): number {
    const node = this.events[at];
    if (node === undefined) return -1;
    const here = startOf(node);
    if (depth === path.length) return here;
    const segment = path[depth];
    let i = at + 1;
    if (node.type === EVENT_ID.SEQUENCE) {
      for (
        let index = 0;
        this.events[i]?.type !== EVENT_ID.POP && i < this.events.length;
        index++
      ) {
        if (index === segment) return this.found(this.find(i, path, depth + 1), here);
        i = this.skip(i);
      }
    } else if (node.type === EVENT_ID.MAPPING) {
      while (this.events[i]?.type !== EVENT_ID.POP && i < this.events.length) {
        const key = this.events[i];
        const valueAt = this.skip(i);
        if (key?.type === EVENT_ID.SCALAR && getScalarValue(this.text, key) === segment) {
          const below =
            depth + 1 === path.length ? key.valueStart : this.find(valueAt, path, depth + 1);
          return this.found(below, here);
        }
        i = this.skip(valueAt);
      }
    }
    return here;
  }

  private found(offset: number, fallback: number): number {
    return offset >= 0 ? offset : fallback;
  }

  /** The index of the event after the node that starts at event `at`. */
  private skip(at: number): number {
    this.after ??= this.nodeEnds();
    return this.after[at] ?? this.events.length;
  }

  /** For every event that starts a node, the index of the event after that node (one pass). */
  private nodeEnds(): Int32Array {
    const after = new Int32Array(this.events.length + 1);
    const open: number[] = [];
    for (let i = 0; i < this.events.length; i++) {
      const type = this.events[i]?.type;
      if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE || type === EVENT_ID.DOCUMENT) {
        open.push(i);
      } else if (type === EVENT_ID.POP) {
        const start = open.pop();
        if (start !== undefined) after[start] = i + 1;
        after[i] = i + 1;
      } else {
        after[i] = i + 1;
      }
    }
    return after;
  }
}
