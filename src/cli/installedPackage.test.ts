import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInFolder } from '../testing/cli';
import { type PackedCli, packAndInstall } from '../testing/cliPackage';
import { CORPUS_DIR, REPO_ROOT, readCorpusFile } from '../testing/corpus';

/**
 * The package as people get it: built, packed, installed from the tarball into an empty
 * project, and run with npx. Slow (a build and an install), hence the generous timeouts.
 */
let cli: PackedCli;
const SETUP_TIMEOUT = 300_000;

beforeAll(() => {
  cli = packAndInstall(mkdtempSync(join(tmpdir(), 'sidecar-studio-package-')));
  const k8s = join(cli.project, 'k8s');
  for (const file of [
    'kubernetes-website/job-sidecar.yaml',
    'kubernetes-website/job-sidecar-legacy.yaml',
    'istio/native-sidecar.yaml',
    'linkerd2/inject_contour.golden.yml',
  ]) {
    cpSync(join(CORPUS_DIR, file), join(k8s, file));
  }
  mkdirSync(join(k8s, 'chart', 'templates'), { recursive: true });
  writeFileSync(
    join(k8s, 'chart', 'templates', 'pod.yaml'),
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n',
  );
}, SETUP_TIMEOUT);

function npx(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync('npx', ['--no-install', 'sidecar-studio', ...args], {
    cwd: options.cwd ?? cli.project,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const lines = (text: string) => text.trimEnd().split('\n');

describe('the installed package', { timeout: 120_000 }, () => {
  it('is a small tarball whose install brings nothing but itself', () => {
    expect(cli.size).toBeLessThan(300 * 1024);
    expect(cli.installed).toEqual(['sidecar-studio']);
    const manifest = JSON.parse(
      readFileSync(join(cli.project, 'node_modules/sidecar-studio/package.json'), 'utf8'),
    );
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.bin).toEqual({ 'sidecar-studio': 'bin/sidecar-studio.js' });
    const bin = readFileSync(
      join(cli.project, 'node_modules/sidecar-studio', manifest.bin['sidecar-studio']),
      'utf8',
    );
    expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(bin).not.toMatch(/from ["'](react|monaco-editor|tsx|typescript)["']/);
  });

  it('answers --version and --help', () => {
    const repository = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(npx(['--version'])).toMatchObject({ code: 0, out: `${repository.version}\n` });
    const help = npx(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: sidecar-studio <command>');
  });

  it('lints a folder of corpus files: findings, skipped template, exit code 1 for an error', () => {
    const run = npx(['lint', 'k8s']);
    expect(run.code).toBe(1);
    expect(run.out).toContain('k8s/linkerd2/inject_contour.golden.yml: Deployment "contour"');
    expect(run.out).toMatch(/inject_contour\.golden\.yml:\d+ +error +api\/mount-reference/);
    expect(run.out).toMatch(
      /job-sidecar-legacy\.yaml:15 +warning job\/legacy-sidecar-never-completes \[logshipper\]/,
    );
    expect(run.out).toMatch(/^[1-9]\d* errors?, [1-9]\d* warnings?, \d+ infos?$/m);
    expect(run.err).toContain('k8s/chart/templates/pod.yaml:4:9: skipped: This looks like a Helm');
    expect(npx(['lint', 'k8s/kubernetes-website']).code).toBe(0);
  });

  it('lints standard input', () => {
    const run = npx(['lint', '-', '--format', 'json'], {
      input: readCorpusFile('kubernetes-website/job-sidecar-legacy.yaml'),
    });
    expect(run.code).toBe(0);
    const [job] = JSON.parse(run.out);
    expect(job).toMatchObject({ file: '<stdin>', kind: 'Job', name: 'myjob' });
    expect(job.findings.map((f: { rule: string }) => f.rule)).toContain(
      'job/legacy-sidecar-never-completes',
    );
  });

  it('writes GitHub workflow commands with --format github', () => {
    const run = npx(['lint', 'k8s', '--format', 'github']);
    expect(run.code).toBe(1);
    expect(lines(run.out)).toContainEqual(
      expect.stringMatching(
        /^::error file=k8s\/linkerd2\/inject_contour\.golden\.yml,line=\d+,title=api\/mount-reference/,
      ),
    );
    expect(lines(run.out)).toContainEqual(
      expect.stringMatching(/^::notice file=k8s\/chart\/templates\/pod\.yaml,line=4::skipped: /),
    );
  });

  it('writes SARIF 2.1.0 with --format sarif', () => {
    const run = npx(['lint', 'k8s', '--format', 'sarif']);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.out);
    expect(sarif.version).toBe('2.1.0');
    const [sarifRun] = sarif.runs;
    expect(sarifRun.tool.driver).toMatchObject({
      name: 'Sidecar Studio',
      version: expect.any(String),
    });
    const error = sarifRun.results.find((r: { level: string }) => r.level === 'error');
    expect(error.ruleId).toBe('api/mount-reference');
    expect(error.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'k8s/linkerd2/inject_contour.golden.yml',
    );
  });

  it('writes JSON its shipped schema describes', () => {
    const schema = JSON.parse(
      readFileSync(
        join(cli.project, 'node_modules/sidecar-studio/schema/lint-output.schema.json'),
        'utf8',
      ),
    );
    const validate = new Ajv2020({ strict: true }).compile(schema);
    const output = JSON.parse(npx(['lint', 'k8s', '--format', 'json']).out);
    expect(output).toHaveLength(4);
    expect(validate(output)).toBe(true);
  });

  it('follows a .sidecar-studio.yaml that turns a rule off, found from a subfolder', () => {
    const project = join(cli.project, 'configured');
    cpSync(join(cli.project, 'k8s'), join(project, 'k8s'), { recursive: true });
    writeFileSync(
      join(project, '.sidecar-studio.yaml'),
      'rules:\n  api/mount-reference: off\nignore:\n  - k8s/chart/\n',
    );
    const run = npx(['lint', '.', '--format', 'json'], { cwd: join(project, 'k8s') });
    expect(run.code).toBe(0);
    const rules = JSON.parse(run.out).flatMap((w: { findings: { rule: string }[] }) =>
      w.findings.map((f) => f.rule),
    );
    expect(rules).not.toContain('api/mount-reference');
    expect(rules).toContain('job/legacy-sidecar-never-completes');
    expect(run.err).toMatch(
      /^chart: skipped, ignored by .*\.sidecar-studio\.yaml \(k8s\/chart\/\)\.$/m,
    );
  });

  it('leaves out the rules a sidecar.studio/ignore annotation names', () => {
    const annotated = readCorpusFile('kubernetes-website/job-sidecar-legacy.yaml').replace(
      '  name: myjob\n',
      '  name: myjob\n  annotations:\n    sidecar.studio/ignore: "job/legacy-sidecar-never-completes"\n',
    );
    const run = npx(['lint', '-', '--format', 'json', '--fail-on', 'warning'], {
      input: annotated,
    });
    const rules = JSON.parse(run.out)[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules).not.toContain('job/legacy-sidecar-never-completes');
    expect(rules).toContain('stop/legacy-shutdown-race');
    expect(run.code).toBe(1);
  });

  it.each([
    [
      'export',
      'k8s/kubernetes-website/job-sidecar-legacy.yaml',
      '--role',
      'logshipper=sidecar',
      '--mode',
      'native',
    ],
    ['timeline', 'k8s/istio/native-sidecar.yaml', '--format', 'json'],
    ['lint', 'k8s/linkerd2/inject_contour.golden.yml', 'k8s/istio/native-sidecar.yaml'],
  ])('prints for %s what the command line of the repository prints', (...argv) => {
    const installed = npx(argv);
    const fromSources = runInFolder(cli.project, argv);
    expect(installed).toEqual({
      code: fromSources.code,
      out: fromSources.out,
      err: fromSources.err,
    });
  });
});
