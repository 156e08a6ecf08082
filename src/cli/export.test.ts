import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESIGN_ANNOTATION } from '../manifest/annotation';
import { readYamlDocuments } from '../manifest/yaml/read';
import { CORPUS_DIR, REPO_ROOT } from '../testing/corpus';
import { runCli } from './run';

function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: (path) => readFileSync(path, 'utf8'),
  });
  return { code, out, err };
}

const website = (name: string) => join(CORPUS_DIR, 'kubernetes-website', name);

/** Plain data with the design annotation (and metadata it leaves empty) taken out. */
function withoutDesignAnnotation(text: string): unknown[] {
  return readYamlDocuments(text).map(clean);
}

function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (!value || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === DESIGN_ANNOTATION) continue;
    const cleaned = clean(child);
    const emptyMap =
      (key === 'annotations' || key === 'metadata') &&
      cleaned !== null &&
      typeof cleaned === 'object' &&
      Object.keys(cleaned).length === 0;
    if (!emptyMap) result[key] = cleaned;
  }
  return result;
}

const data = (path: string) => withoutDesignAnnotation(readFileSync(path, 'utf8'));

describe('cli export', () => {
  it.each([
    ['deployment-sidecar.yaml', 'deployment-sidecar-legacy.yaml'],
    ['job-sidecar.yaml', 'job-sidecar-legacy.yaml'],
  ])('turns %s into %s with --mode legacy', (native, legacy) => {
    const result = cli('export', website(native), '--mode', 'legacy');
    expect(result.code).toBe(0);
    expect(withoutDesignAnnotation(result.out)).toEqual(data(website(legacy)));
  });

  it.each([
    ['deployment-sidecar-legacy.yaml', 'deployment-sidecar.yaml'],
    ['job-sidecar-legacy.yaml', 'job-sidecar.yaml'],
  ])('turns %s into %s with --mode native --role logshipper=sidecar', (legacy, native) => {
    const result = cli(
      'export',
      website(legacy),
      '--mode',
      'native',
      '--role',
      'logshipper=sidecar',
    );
    expect(result.code).toBe(0);
    expect(withoutDesignAnnotation(result.out)).toEqual(data(website(native)));
  });

  it('keeps every placement as read without --mode', () => {
    const result = cli('export', website('deployment-sidecar-legacy.yaml'));
    expect(withoutDesignAnnotation(result.out)).toEqual(
      data(website('deployment-sidecar-legacy.yaml')),
    );
  });

  it('writes the design facts into the annotation, so a second import knows the legacy sidecar', () => {
    const first = cli(
      'export',
      website('deployment-sidecar-legacy.yaml'),
      '--role',
      'logshipper=sidecar',
    );
    expect(first.out).toContain(DESIGN_ANNOTATION);
    expect(first.out).toContain('"sidecars":["logshipper"]');
  });

  it('exits 2 with a message for a file that cannot be read', () => {
    const result = cli('export', join(CORPUS_DIR, 'no-such-file.yaml'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('cannot be read');
  });

  it('exits 2 with the usage for an unknown option', () => {
    const result = cli('export', website('job-sidecar.yaml'), '--mode', 'sideways');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--mode is native or legacy');
    expect(result.err).toContain('Usage:');
  });

  it('runs as npm run --silent cli', () => {
    const out = execFileSync(
      'npm',
      ['run', '--silent', 'cli', '--', 'export', website('job-sidecar.yaml')],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(withoutDesignAnnotation(out)).toEqual(data(website('job-sidecar.yaml')));
  });
});
