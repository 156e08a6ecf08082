import type { JsonObject } from '../../model/json';
import { arrayOf, isSet, objectOf } from './json-access';
import type { Problem } from './problem';
import {
  downwardItemsProblems,
  keyToPathProblems,
  localPathProblem,
  modeProblem,
  type TargetPath,
} from './volume-items';

const PROJECTION_KINDS = [
  'configMap',
  'secret',
  'downwardAPI',
  'serviceAccountToken',
  'clusterTrustBundle',
  'podCertificate',
] as const;
const MIN_TOKEN_SECONDS = 600;
const MAX_TOKEN_SECONDS = 2 ** 32;

/** Problems with a `projected` volume source (V-VOL-5), fields relative to the volume. */
export function projectedProblems(projected: JsonObject): Problem[] {
  const problems = modeProblem(projected.defaultMode, 'projected.defaultMode');
  const paths: TargetPath[] = [];
  (arrayOf(projected.sources) ?? []).forEach((entry, index) => {
    const source = objectOf(entry) ?? {};
    const field = `projected.sources[${index}]`;
    const kinds = PROJECTION_KINDS.filter((kind) => isSet(source[kind]));
    if (kinds.length !== 1) {
      problems.push({
        field,
        message:
          kinds.length === 0
            ? `needs one of ${PROJECTION_KINDS.join(', ')}`
            : `sets ${kinds.join(' and ')}; each source may set only one`,
      });
      return;
    }
    const kind = kinds[0] ?? '';
    const body = objectOf(source[kind]) ?? {};
    if (kind === 'configMap' || kind === 'secret') {
      problems.push(...keyToPathProblems(body.items, `${field}.${kind}.items`, paths));
    } else if (kind === 'downwardAPI') {
      problems.push(...downwardItemsProblems(body.items, `${field}.downwardAPI.items`, paths));
    } else if (kind === 'serviceAccountToken' || kind === 'clusterTrustBundle') {
      problems.push(...singlePathProblems(body, `${field}.${kind}`, paths));
    }
    if (kind === 'serviceAccountToken') problems.push(...tokenProblems(body, `${field}.${kind}`));
  });
  const seen = new Set<string>();
  for (const target of paths) {
    if (seen.has(target.path)) {
      problems.push({
        field: target.field,
        message: `"${target.path}" is written by another source of this volume too; paths must differ`,
      });
    }
    seen.add(target.path);
  }
  return problems;
}

function singlePathProblems(body: JsonObject, field: string, paths: TargetPath[]): Problem[] {
  const path = body.path;
  if (typeof path !== 'string' || path === '')
    return [{ field: `${field}.path`, message: 'is required' }];
  paths.push({ field: `${field}.path`, path });
  const problem = localPathProblem(path);
  return problem ? [{ field: `${field}.path`, message: problem }] : [];
}

function tokenProblems(body: JsonObject, field: string): Problem[] {
  const seconds = body.expirationSeconds;
  if (!isSet(seconds)) return [];
  if (typeof seconds === 'number' && seconds >= MIN_TOKEN_SECONDS && seconds <= MAX_TOKEN_SECONDS) {
    return [];
  }
  return [
    {
      field: `${field}.expirationSeconds`,
      message: `is ${String(seconds)}; it must be at least ${MIN_TOKEN_SECONDS} seconds (10 minutes) and at most 2^32`,
    },
  ];
}
