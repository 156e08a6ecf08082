import { CORE_SCHEMA, intYaml11Tag, mergeTag } from 'js-yaml';

/**
 * How Kubernetes reads YAML: YAML 1.1 integers (`defaultMode: 0400` is octal, 256; `0o400` is a
 * string) and merge keys (`<<`). Booleans stay YAML 1.2 (`y`, `on` are strings), which matches
 * what users mean in manifests far more often than YAML 1.1's reading.
 */
export const MANIFEST_SCHEMA = CORE_SCHEMA.withTags(intYaml11Tag, mergeTag);
