import {
  constructFromEvents,
  defineScalarTag,
  EVENT_ID,
  type Event,
  NOT_RESOLVED,
  realMapTag,
  SCALAR_STYLE,
  YAMLException,
} from 'js-yaml';
import type { ImportError } from '../types';
import { MANIFEST_SCHEMA } from '../yaml/schema';
import { parseTolerant } from '../yaml/tolerant';
import { MAX_DEPTH, MAX_DOCUMENTS, tooDeepMessage, tooManyDocumentsMessage } from './limits';
import { SourceIndex } from './locate';
import { findTemplateInEvents, findTemplateInText, type TemplateMark } from './templates';

/**
 * `!!binary` is kept as its base64 text (whitespace removed): that is how the Kubernetes API
 * carries bytes (Secret `data`, ConfigMap `binaryData`), so nothing is lost.
 */
const binaryAsBase64 = defineScalarTag<string>('tag:yaml.org,2002:binary', {
  resolve: (source) => {
    const base64 = source.replace(/\s+/g, '');
    return /^[A-Za-z0-9+/]*={0,2}$/.test(base64) && base64.length % 4 === 0 ? base64 : NOT_RESOLVED;
  },
  identify: () => false,
});

/**
 * How the door reads YAML: Kubernetes' reading ({@link MANIFEST_SCHEMA}), with mappings as `Map`
 * so that no key ever touches an object's prototype while reading, and `!!binary` as base64 text.
 * Other tags that have no JSON form (`!!set`, `!!omap`, `!!timestamp`, `!Ref`, ...) are unknown
 * to it and refused.
 */
const RESTORE_SCHEMA = MANIFEST_SCHEMA.withTags(realMapTag, binaryAsBase64);

/**
 * What {@link readYaml} gives back: the documents as read (Maps, arrays, scalars) and positions
 * (lines are those of the input; see `parseTolerant` for the only way the text may differ).
 */
export type ReadResult =
  | { ok: true; documents: unknown[]; index: SourceIndex }
  | { ok: false; error: ImportError };

/** The refusal of a template, positioned at its `{{`. */
function templateError(index: SourceIndex, mark: TemplateMark): ImportError {
  const line = index.lineAt(mark.offset);
  return {
    message: `This looks like a Helm or Go template ("${mark.snippet}" on line ${line}). Render it first (helm template …) and import the result.`,
    line,
    column: index.columnAt(mark.offset),
    template: true,
  };
}

/** A js-yaml error as a sentence with a 1-based position, without the code frame. */
function yamlError(text: string, error: YAMLException): ImportError {
  const reason = error.reason || (error.message.split('\n')[0] ?? '');
  const mark = error.mark;
  if (reason.startsWith('nesting exceeded maxDepth')) {
    return {
      message: tooDeepMessage(),
      ...(mark && { line: mark.line + 1, column: mark.column + 1 }),
    };
  }
  if (mark === undefined) return { message: `This is not valid YAML: ${reason}.` };
  const line = mark.line + 1;
  const column = mark.column + 1;
  const tag = /^![^\s,[\]{}]*/.exec(text.slice(mark.position))?.[0] ?? '';
  if (/^unknown (scalar|sequence|mapping) tag/.test(reason)) {
    return {
      message: `The YAML tag "${tag}" on line ${line} has no place in a Kubernetes manifest, which holds only text, numbers, booleans, null, lists and mappings. Remove the tag, or write the value as plain text.`,
      line,
      column,
    };
  }
  if (reason.startsWith('cannot resolve')) {
    const why = tag === '!!binary' ? ' (it is not base64 text)' : '';
    return {
      message: `The value on line ${line} does not match its YAML tag "${tag}"${why}.`,
      line,
      column,
    };
  }
  return {
    message: `This is not valid YAML: ${reason} (line ${line}, column ${column}).`,
    line,
    column,
  };
}

/** The first unquoted `.inf` or `.nan`: JSON, and so the Kubernetes API, has no such numbers. */
function findNonFinite(text: string, events: readonly Event[]): number {
  for (const event of events) {
    if (
      event.type === EVENT_ID.SCALAR &&
      event.style === SCALAR_STYLE.PLAIN &&
      event.tagStart < 0 &&
      /^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(text.slice(event.valueStart, event.valueEnd))
    ) {
      return event.valueStart;
    }
  }
  return -1;
}

/**
 * Reads untrusted YAML text: syntax, nesting depth, templates, the number of documents, numbers
 * JSON cannot hold and tags without a JSON form are all refused with a positioned message.
 */
export function readYaml(input: string): ReadResult {
  let text: string;
  let events: Event[];
  try {
    ({ text, events } = parseTolerant(input, MAX_DEPTH));
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const template = yamlErrorIsDepth(error) ? null : findTemplateInText(input);
    if (template !== null) {
      return { ok: false, error: templateError(new SourceIndex(input, []), template) };
    }
    return { ok: false, error: yamlError(input, error) };
  }
  const index = new SourceIndex(text, events);
  const template = findTemplateInEvents(text, events);
  if (template !== null) return { ok: false, error: templateError(index, template) };
  if (index.documentCount > MAX_DOCUMENTS) {
    return { ok: false, error: { message: tooManyDocumentsMessage(index.documentCount) } };
  }
  const nonFinite = findNonFinite(text, events);
  if (nonFinite >= 0) {
    const line = index.lineAt(nonFinite);
    const value = /^\S+/.exec(text.slice(nonFinite))?.[0] ?? '';
    return {
      ok: false,
      error: {
        message: `The value "${value}" on line ${line} is not a number a manifest can hold (JSON has no infinity or NaN). Quote it if you mean the text.`,
        line,
        column: index.columnAt(nonFinite),
      },
    };
  }
  try {
    return {
      ok: true,
      documents: constructFromEvents(events, { source: text, schema: RESTORE_SCHEMA }),
      index,
    };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return { ok: false, error: yamlError(text, error) };
  }
}

function yamlErrorIsDepth(error: YAMLException): boolean {
  return (error.reason || error.message).startsWith('nesting exceeded maxDepth');
}
