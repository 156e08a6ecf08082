import { constructFromEvents } from 'js-yaml';
import { MANIFEST_SCHEMA } from './schema';
import { parseTolerant } from './tolerant';

/**
 * The documents of a YAML text as Kubernetes reads them (see MANIFEST_SCHEMA and, for closing
 * brackets under their key, parseTolerant). Throws js-yaml's YAMLException, with a position, on
 * text that is not YAML. This trusts its input: imports go through the restore door instead.
 */
export function readYamlDocuments(text: string): unknown[] {
  const { text: source, events } = parseTolerant(text);
  return constructFromEvents(events, { source, schema: MANIFEST_SCHEMA });
}
