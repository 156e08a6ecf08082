import type { JsonObject, JsonValue } from '../../model/json';
import { arrayOf, isSet, objectOf } from './json-access';
import { join, type Problem } from './problem';

/** The largest file mode a volume may set (0777). */
export const MAX_FILE_MODE = 0o777;

/** What is wrong with a relative path inside a volume, or undefined when it is fine. */
export function localPathProblem(path: string): string | undefined {
  if (path.startsWith('/')) return 'must be a relative path, not an absolute one';
  if (path.split(/[\\/]/).includes('..')) return "must not contain '..'";
  if (path.startsWith('..')) return "must not start with '..'";
  return undefined;
}

/** A problem with a file mode at `field`, if it is set and outside 0–0777. */
export function modeProblem(value: JsonValue | undefined, field: string): Problem[] {
  if (!isSet(value)) return [];
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= MAX_FILE_MODE
  ) {
    return [];
  }
  return [
    { field, message: `is ${String(value)}; a file mode must be between 0 and 0777 (octal)` },
  ];
}

/** A target path that a volume writes, for the duplicate check of projected volumes. */
export interface TargetPath {
  field: string;
  path: string;
}

function itemPathProblems(item: JsonObject, field: string, paths: TargetPath[]): Problem[] {
  const path = item.path;
  if (typeof path !== 'string' || path === '') {
    return [{ field: join(field, 'path'), message: 'is required' }];
  }
  paths.push({ field: join(field, 'path'), path });
  const problem = localPathProblem(path);
  return problem ? [{ field: join(field, 'path'), message: problem }] : [];
}

/** Problems with the `items` of a configMap or secret source at `field` (V-VOL-4). */
export function keyToPathProblems(
  items: JsonValue | undefined,
  field: string,
  paths: TargetPath[] = [],
): Problem[] {
  const problems: Problem[] = [];
  (arrayOf(items) ?? []).forEach((entry, index) => {
    const item = objectOf(entry) ?? {};
    const itemField = `${field}[${index}]`;
    if (typeof item.key !== 'string' || item.key === '') {
      problems.push({ field: join(itemField, 'key'), message: 'is required' });
    }
    problems.push(...itemPathProblems(item, itemField, paths));
    problems.push(...modeProblem(item.mode, join(itemField, 'mode')));
  });
  return problems;
}

const DOWNWARD_FIELDS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.labels',
  'metadata.annotations',
  'metadata.uid',
];
const SUBSCRIPTED = /^metadata\.(labels|annotations)\[.+\]$/;

/** Problems with the `items` of a downwardAPI source at `field` (V-VOL-6). */
export function downwardItemsProblems(
  items: JsonValue | undefined,
  field: string,
  paths: TargetPath[] = [],
): Problem[] {
  const problems: Problem[] = [];
  (arrayOf(items) ?? []).forEach((entry, index) => {
    const item = objectOf(entry) ?? {};
    const itemField = `${field}[${index}]`;
    problems.push(...itemPathProblems(item, itemField, paths));
    problems.push(...modeProblem(item.mode, join(itemField, 'mode')));
    const fieldRef = objectOf(item.fieldRef);
    const resourceRef = objectOf(item.resourceFieldRef);
    if (Boolean(fieldRef) === Boolean(resourceRef)) {
      problems.push({
        field: itemField,
        message: 'needs exactly one of fieldRef and resourceFieldRef',
      });
      return;
    }
    const fieldPath = fieldRef?.fieldPath;
    if (
      fieldRef &&
      (typeof fieldPath !== 'string' ||
        !(DOWNWARD_FIELDS.includes(fieldPath) || SUBSCRIPTED.test(fieldPath)))
    ) {
      problems.push({
        field: join(itemField, 'fieldRef.fieldPath'),
        message: `must be one of ${DOWNWARD_FIELDS.join(', ')}`,
      });
    }
    if (
      resourceRef &&
      (typeof resourceRef.containerName !== 'string' || resourceRef.containerName === '')
    ) {
      problems.push({
        field: join(itemField, 'resourceFieldRef.containerName'),
        message: 'is required in a volume: name the container whose resources to expose',
      });
    }
  });
  return problems;
}
