import { loadAll, YAMLException } from 'js-yaml';
import { parseAllDocuments, type Tags } from 'yaml';
import { MANIFEST_SCHEMA } from './schema';

export interface ReadOptions {
  /** Deepest nesting accepted (js-yaml's maxDepth). */
  maxDepth?: number;
}

/**
 * The documents of a YAML text as Kubernetes reads them (see MANIFEST_SCHEMA). Throws js-yaml's
 * YAMLException, with a position, on text that is not YAML.
 *
 * js-yaml is stricter than Kubernetes about the indentation of a flow collection's closing
 * bracket (`args: [` … `]` with `]` under the key). Real manifests do that and kubectl reads
 * them, so on that one complaint the text is read again with the `yaml` package, configured to
 * agree with MANIFEST_SCHEMA (YAML 1.1 integers, merge keys, no 1.1 booleans or timestamps).
 */
export function readYamlDocuments(text: string, options: ReadOptions = {}): unknown[] {
  try {
    return loadAll(text, { schema: MANIFEST_SCHEMA, maxDepth: options.maxDepth ?? 100 });
  } catch (error) {
    if (!(error instanceof YAMLException) || !error.message.startsWith('deficient indentation')) {
      throw error;
    }
    const lenient = readLeniently(text);
    if (!lenient) throw error;
    return lenient;
  }
}

const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;

function kubernetesTags(tags: Tags): Tags {
  return tags
    .filter((tag) => {
      const { tag: name, format } = tag as { tag: string; format?: string };
      return !name.endsWith(':timestamp') && format !== 'TIME';
    })
    .map((tag) => {
      const { tag: name, test } = tag as { tag: string; test?: RegExp };
      if (!name.endsWith(':bool') || !test) return tag;
      return Object.assign(Object.create(null), tag as object, {
        test: test.test('true') ? TRUE : FALSE,
      }) as typeof tag;
    });
}

function readLeniently(text: string): unknown[] | undefined {
  const documents = parseAllDocuments(text, {
    version: '1.1',
    merge: true,
    customTags: kubernetesTags,
  });
  if (!Array.isArray(documents)) return undefined;
  if (documents.some((d) => d.errors.length > 0)) return undefined;
  return documents.map((d) => d.toJS({ maxAliasCount: 1000 }) as unknown);
}
