import { describe, expect, it } from 'vitest';
import { folderWith, runInFolder } from '../testing/cli';
import { readCorpusFile } from '../testing/corpus';
import type { WorkloadFindings } from './lint';

const legacyJob = readCorpusFile('kubernetes-website/job-sidecar-legacy.yaml');
const nativeJob = readCorpusFile('kubernetes-website/job-sidecar.yaml');
/** A mount of a volume the pod lacks: an error-severity finding (api/mount-reference). */
const brokenMount = readCorpusFile('linkerd2/inject_contour.golden.yml');

const rulesOf = (run: { out: string }) =>
  (JSON.parse(run.out) as WorkloadFindings[]).flatMap((w) =>
    w.findings.map((f) => `${f.rule} ${f.severity}`),
  );

/** The legacy Job with an ignore annotation on the Job or on its pod template. */
function annotated(value: string, where: 'workload' | 'template'): string {
  const line = `sidecar.studio/ignore: "${value}"`;
  return where === 'workload'
    ? legacyJob.replace('  name: myjob\n', `  name: myjob\n  annotations:\n    ${line}\n`)
    : legacyJob.replace(
        '  template:\n',
        `  template:\n    metadata:\n      annotations:\n        ${line}\n`,
      );
}

describe('tuning lint: configuration file, annotation, what fails', () => {
  it('turns a rule off or changes its severity from .sidecar-studio.yaml', () => {
    const plain = folderWith({ 'contour.yml': brokenMount });
    expect(runInFolder(plain, ['lint', 'contour.yml']).code).toBe(1);
    expect(rulesOf(runInFolder(plain, ['lint', '.', '--format', 'json']))).toContain(
      'api/mount-reference error',
    );

    const lowered = folderWith({
      '.sidecar-studio.yaml': 'rules:\n  api/mount-reference: warning\n',
      'contour.yml': brokenMount,
    });
    expect(runInFolder(lowered, ['lint', 'contour.yml']).code).toBe(0);
    expect(rulesOf(runInFolder(lowered, ['lint', '.', '--format', 'json']))).toContain(
      'api/mount-reference warning',
    );

    const off = folderWith({
      '.sidecar-studio.yaml': 'rules:\n  api/mount-reference: off\n',
      'contour.yml': brokenMount,
    });
    const run = runInFolder(off, ['lint', '.', '--format', 'json']);
    expect(rulesOf(run).filter((r) => r.startsWith('api/mount-reference'))).toEqual([]);
  });

  it('uses the file --config names instead of the one found', () => {
    const folder = folderWith({
      '.sidecar-studio.yaml': 'rules:\n  api/mount-reference: off\n',
      'strict.yaml': 'failOn: info\n',
      'contour.yml': brokenMount,
    });
    expect(runInFolder(folder, ['lint', 'contour.yml']).code).toBe(0);
    expect(runInFolder(folder, ['lint', 'contour.yml', '--config', 'strict.yaml']).code).toBe(1);
  });

  it('fails on what failOn or --fail-on says; the command line wins', () => {
    const folder = folderWith({
      '.sidecar-studio.yaml': 'failOn: warning\n',
      'job.yaml': legacyJob,
    });
    expect(runInFolder(folder, ['lint', 'job.yaml']).code).toBe(1);
    expect(runInFolder(folder, ['lint', 'job.yaml', '--fail-on', 'error']).code).toBe(0);
    expect(runInFolder(folder, ['lint', 'job.yaml', '--max-severity', 'warning']).code).toBe(0);
    expect(runInFolder(folder, ['lint', 'job.yaml', '--max-severity', 'info']).code).toBe(1);
    const never = folderWith({ 'contour.yml': brokenMount });
    expect(runInFolder(never, ['lint', 'contour.yml', '--fail-on', 'never']).code).toBe(0);
  });

  it('checks against the configured target unless --target says otherwise', () => {
    // A native sidecar needs Kubernetes 1.29 (1.28 with the feature gate on).
    const folder = folderWith({
      '.sidecar-studio.yaml': 'target: "1.27"\n',
      'job.yaml': nativeJob,
    });
    const old = runInFolder(folder, ['lint', 'job.yaml', '--format', 'json']);
    expect(rulesOf(old)).toContain('ver/native-sidecar-unsupported error');
    expect(old.code).toBe(1);
    expect(runInFolder(folder, ['lint', 'job.yaml', '--target', '1.31']).code).toBe(0);
  });

  it('leaves out the paths the configuration ignores, saying so', () => {
    const folder = folderWith({
      '.sidecar-studio.yaml': 'ignore:\n  - vendor/\n  - apps/contour.yml\n',
      'apps/contour.yml': brokenMount,
      'apps/job.yaml': nativeJob,
      'vendor/a.yaml': brokenMount,
      'vendor/b.yaml': brokenMount,
    });
    const run = runInFolder(folder, ['lint', '.', '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out) as WorkloadFindings[]).map((w) => w.file)).toEqual([
      'apps/job.yaml',
    ]);
    expect(run.err).toContain('apps/contour.yml: skipped, ignored by');
    expect(run.err).toContain('(apps/contour.yml)');
    // A whole folder is one note, not one per file.
    expect(run.err.match(/^vendor.*$/gm)).toEqual([
      expect.stringMatching(/^vendor: skipped, ignored by .*\(vendor\/\)\.$/),
    ]);
    // Named on the command line, an ignored file is still left out (pre-commit names files).
    expect(runInFolder(folder, ['lint', 'apps/contour.yml']).code).toBe(0);
  });

  it.each(['workload', 'template'] as const)(
    'silences the rules a sidecar.studio/ignore annotation on the %s names, for that workload only',
    (where) => {
      const folder = folderWith({
        'ignored.yaml': annotated(
          'job/legacy-sidecar-never-completes, stop/legacy-shutdown-race',
          where,
        ),
        'plain.yaml': legacyJob,
      });
      const [ignored, plain] = JSON.parse(
        runInFolder(folder, ['lint', 'ignored.yaml', 'plain.yaml', '--format', 'json']).out,
      ) as WorkloadFindings[];
      expect(ignored?.findings.map((f) => f.rule)).toEqual(['res/effective-requests']);
      expect(plain?.findings.map((f) => f.rule)).toContain('job/legacy-sidecar-never-completes');
    },
  );

  it('warns about a name in the annotation that is no rule', () => {
    const folder = folderWith({ 'job.yaml': annotated('job/never-completes', 'workload') });
    const run = runInFolder(folder, ['lint', 'job.yaml']);
    expect(run.err).toContain(
      'job.yaml: Job "myjob": sidecar.studio/ignore names "job/never-completes", which is no rule.',
    );
    expect(run.out).toContain('job/legacy-sidecar-never-completes');
  });

  it('exits 2 with the reason for a configuration it cannot use', () => {
    const folder = folderWith({
      '.sidecar-studio.yaml': 'rules:\n  no/such-rule: off\n',
      'job.yaml': nativeJob,
    });
    const run = runInFolder(folder, ['lint', 'job.yaml']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('.sidecar-studio.yaml: rules: there is no rule "no/such-rule"');
    expect(run.err).not.toContain('Usage:');
  });
});
