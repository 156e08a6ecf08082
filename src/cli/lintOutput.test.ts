import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../testing/corpus';
import { runCli } from './run';

function lint(files: string[], ...flags: string[]) {
  let out = '';
  let err = '';
  const code = runCli(['lint', ...files.map((f) => join(CORPUS_DIR, f)), ...flags], {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: (p) => readFileSync(p, 'utf8'),
  });
  return { code, out, err };
}

describe('cli lint', () => {
  it('exits 0 when nothing is an error, 1 when something is, 2 when a file cannot be read', () => {
    expect(lint(['kubernetes-website/job-sidecar.yaml']).code).toBe(0);
    expect(lint(['linkerd2/inject_contour.golden.yml']).code).toBe(1);
    expect(lint(['kubernetes-website/job-sidecar.yaml', 'missing.yaml']).code).toBe(2);
  });

  it('reads well to a person: where, severity, rule, container, sentence, fix', () => {
    const { out } = lint(['kubernetes-website/job-sidecar-legacy.yaml']);
    expect(out).toContain('Job "myjob"');
    expect(out).toMatch(
      /job-sidecar-legacy\.yaml:\d+ +warning job\/legacy-sidecar-never-completes \[logshipper\]/,
    );
    expect(out).toContain('never completes');
    expect(out).toContain('A one-click fix is available');
    expect(out).toMatch(/\d+ errors?, \d+ warnings?, \d+ infos?/);
  });

  it('prints one JSON entry per workload with the fields of the design document', () => {
    const entries = JSON.parse(lint(['istio/hello-multi.yaml.injected'], '--format', 'json').out);
    expect(entries).toHaveLength(2);
    expect(Object.keys(entries[0]).slice(0, 5)).toEqual([
      'file',
      'document',
      'kind',
      'name',
      'findings',
    ]);
    for (const f of entries.flatMap((e: { findings: unknown[] }) => e.findings)) {
      expect(f).toEqual(
        expect.objectContaining({
          rule: expect.any(String),
          severity: expect.any(String),
          message: expect.any(String),
          path: expect.any(String),
        }),
      );
      expect('line' in f).toBe(true);
    }
  });

  it('writes SARIF 2.1.0 with rule help and file-and-line locations', () => {
    const sarif = JSON.parse(lint(['istio/native-sidecar.yaml'], '--format', 'sarif').out);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules).toHaveLength(43);
    expect(run.tool.driver.rules[0]).toEqual(
      expect.objectContaining({
        id: 'api/container-name',
        help: expect.objectContaining({ text: expect.any(String) }),
      }),
    );
    const collision = run.results.find(
      (r: { ruleId: string }) => r.ruleId === 'net/port-collision',
    );
    const location = collision.locations[0].physicalLocation;
    expect(location.artifactLocation.uri).toContain('native-sidecar.yaml');
    expect(location.region.startLine).toBeGreaterThan(1);
    expect(run.tool.driver.rules[collision.ruleIndex].id).toBe('net/port-collision');
  });
});
