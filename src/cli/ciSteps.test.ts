import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, REPO_ROOT } from '../testing/corpus';

interface Step {
  id?: string;
  name: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string>;
}
interface Action {
  runs: { using: string; steps: Step[] };
  inputs: Record<string, { default: string }>;
}

const action = load(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as Action;
const step = (id: string) => action.runs.steps.find((s) => s.id === id) as Step;

/** Runs a step's script as GitHub Actions runs bash, and returns what it wrote to GITHUB_OUTPUT. */
function runStep(script: string, env: Record<string, string>, cwd: string) {
  const outputFile = join(cwd, `.output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(outputFile, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env, GITHUB_OUTPUT: outputFile },
    timeout: 240_000,
  });
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );
  return { code: result.status, out: result.stdout, err: result.stderr, outputs };
}

/** A checkout of a repository with manifests, the runner's temporary folder, the package. */
let root: string;
let workspace: string;
let runnerTemp: string;
let tarball: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sidecar-studio-ci-'));
  const build = spawnSync('node', ['cli/build.mjs', '--out', join(root, 'package'), '--pack'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`The package did not build: ${build.stderr}`);
  tarball = build.stdout.trim();
  workspace = join(root, 'workspace');
  runnerTemp = join(root, 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  for (const file of [
    'kubernetes-website/job-sidecar.yaml',
    'linkerd2/inject_contour.golden.yml',
  ]) {
    cpSync(join(CORPUS_DIR, file), join(workspace, 'deploy', file));
  }
  mkdirSync(join(workspace, 'chart/templates'), { recursive: true });
  writeFileSync(
    join(workspace, 'chart/templates/pod.yaml'),
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n',
  );
  writeFileSync(join(workspace, 'package.json'), '{ "name": "app" }\n');
}, 300_000);

describe('the GitHub Action', { timeout: 240_000 }, () => {
  it('is a composite action that installs the package, lints, uploads SARIF, then fails', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.map((s) => s.id ?? s.uses ?? s.name)).toEqual([
      'install',
      'lint',
      'github/codeql-action/upload-sarif@v3',
      'Fail when lint failed',
    ]);
    expect(step('lint').run).not.toContain('${{');
    expect(step('install').run).not.toContain('${{');
  });

  it('runs the packed command on the paths given and reports what fails', () => {
    const install = runStep(
      step('install').run as string,
      { VERSION: tarball, ACTION_PATH: REPO_ROOT, RUNNER_TEMP: runnerTemp },
      workspace,
    );
    expect(install.code).toBe(0);
    const bin = install.outputs.bin as string;
    expect(bin).toBe(join(runnerTemp, 'sidecar-studio/node_modules/.bin/sidecar-studio'));

    const env = {
      BIN: bin,
      PATHS: 'deploy/kubernetes-website\ndeploy/linkerd2',
      CONFIG: '',
      TARGET: '',
      FAIL_ON: '',
      SARIF: 'true',
      SARIF_FILE: action.inputs['sarif-file']?.default as string,
    };
    const lint = runStep(step('lint').run as string, env, workspace);
    expect(lint.code).toBe(0);
    expect(lint.outputs).toEqual({ 'exit-code': '1', 'sarif-file': 'sidecar-studio.sarif' });
    expect(lint.out).toMatch(
      /^::error file=deploy\/linkerd2\/inject_contour\.golden\.yml,line=\d+,title=api\/mount-reference/m,
    );
    const sarif = JSON.parse(readFileSync(join(workspace, 'sidecar-studio.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain(
      'api/mount-reference',
    );

    const lenient = runStep(step('lint').run as string, { ...env, FAIL_ON: 'never' }, workspace);
    expect(lenient.outputs['exit-code']).toBe('0');
  });
});

interface Hook {
  id: string;
  entry: string;
  language: string;
  types_or: string[];
}

describe('the pre-commit hooks', { timeout: 240_000 }, () => {
  const hooks = load(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

  it('lint the YAML and JSON files of a commit, skipping templates', () => {
    expect(hooks.map((h) => [h.id, h.language])).toEqual([
      ['sidecar-studio', 'script'],
      ['sidecar-studio-system', 'system'],
    ]);
    for (const hook of hooks) expect(hook.types_or).toEqual(['yaml', 'json']);
    expect(hooks[1]?.entry).toBe('sidecar-studio lint --skip-templates');
  });

  it('run the released command on the files pre-commit names, as pre-commit runs a script', () => {
    const script = join(REPO_ROOT, hooks[0]?.entry as string);
    accessSync(script, constants.X_OK);
    const commit = (...files: string[]) =>
      spawnSync(script, files, {
        cwd: workspace,
        encoding: 'utf8',
        env: {
          ...process.env,
          SIDECAR_STUDIO_PACKAGE: tarball,
          npm_config_cache: join(root, 'npm-cache'),
        },
        timeout: 240_000,
      });
    const clean = commit(
      'deploy/kubernetes-website/job-sidecar.yaml',
      'chart/templates/pod.yaml',
      'package.json',
    );
    expect(clean.stderr).toContain('chart/templates/pod.yaml:4:9: skipped: This looks like a Helm');
    expect(clean.stdout).toContain('deploy/kubernetes-website/job-sidecar.yaml: Job "myjob"');
    expect(clean.status).toBe(0);
    const broken = commit('deploy/linkerd2/inject_contour.golden.yml');
    expect(broken.stdout).toMatch(/error +api\/mount-reference/);
    expect(broken.status).toBe(1);
  });
});
