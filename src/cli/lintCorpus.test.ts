import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../lint/context';
import { lintDesign } from '../lint/engine';
import type { Finding } from '../lint/types';
import { CORPUS_DIR, corpusFiles, readCorpusFile } from '../testing/corpus';
import { loadWorkloads } from './load';

/**
 * Corpus files the API server rejects, and why: they are kept in the corpus for what they
 * exercise, and the linter must say what is wrong with them.
 */
const REJECTED: Record<string, string> = {
  'cloud-sql-proxy/proxy_with_http_health_check.yaml': 'placeholders for names and no image',
  'cloud-sql-proxy/proxy_with_workload_identity.yaml': 'placeholders for names and no image',
  'linkerd2/inject_contour.golden.yml': 'mount of a volume the pod does not declare',
  'linkerd2/inject_emojivoto_already_injected.input.yml': 'containers without an image',
  'opentelemetry-operator/smoke-sidecar/01-assert-native.yaml': 'a test assertion without images',
};

function findingsOf(name: string): Finding[] {
  const loaded = loadWorkloads(
    join(CORPUS_DIR, name),
    { out: () => {}, err: () => {}, readFile: () => readCorpusFile(name) },
    {},
  );
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.workloads.flatMap(({ design }) =>
    lintDesign(design, { context: createContext(design.target) }),
  );
}

const rulesOf = (name: string) => new Set(findingsOf(name).map((f) => f.rule));

describe('linting the corpus', () => {
  it.each(corpusFiles().filter((name) => !(name in REJECTED)))(
    '%s has no error-severity finding (the API server accepts it)',
    (name) => {
      expect(findingsOf(name).filter((f) => f.severity === 'error')).toEqual([]);
    },
  );

  it.each(Object.keys(REJECTED))('%s has an error-severity finding', (name) => {
    expect(findingsOf(name).some((f) => f.severity === 'error')).toBe(true);
  });

  it.each(['kubernetes-website/job-sidecar-legacy.yaml', 'istio/job-old-version.yaml.injected'])(
    '%s: the Job never completes',
    (name) => {
      expect(rulesOf(name)).toContain('job/legacy-sidecar-never-completes');
    },
  );

  it('istio/native-sidecar.yaml: port 80 collides between the sidecar and the app', () => {
    const collisions = findingsOf('istio/native-sidecar.yaml').filter(
      (f) => f.rule === 'net/port-collision',
    );
    expect(collisions.map((f) => f.message).join(' ')).toContain('80');
  });

  it('linkerd2/inject_contour.golden.yml: a mount names a volume the pod lacks', () => {
    expect(rulesOf('linkerd2/inject_contour.golden.yml')).toContain('api/mount-reference');
  });
});
