import { describe, expect, it } from 'vitest';
import { folderWith, runInFolder } from '../testing/cli';
import { readCorpusFile } from '../testing/corpus';
import type { WorkloadFindings } from './lint';

const legacyJob = readCorpusFile('kubernetes-website/job-sidecar-legacy.yaml');
const nativeJob = readCorpusFile('kubernetes-website/job-sidecar.yaml');
const helmTemplate = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: {{ include "web.fullname" . }}',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: web',
  '          image: "{{ .Values.image }}"',
  '',
].join('\n');

const json = (run: { out: string }) => JSON.parse(run.out) as WorkloadFindings[];

describe('lint reads folders, files and standard input', () => {
  const folder = folderWith({
    'apps/job.yaml': legacyJob,
    'apps/native.yml': nativeJob,
    'apps/pod.json': JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'from-json' },
      spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] },
    }),
    'apps/README.md': '# not a manifest',
    'apps/job.yaml.orig': legacyJob,
    'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    'chart/templates/deployment.yaml': helmTemplate,
    '.github/workflows/ci.yml': 'on: push\n',
    'node_modules/pkg/pod.yaml': legacyJob,
  });

  it('walks a folder recursively: *.yaml, *.yml and *.json, in name order', () => {
    const run = runInFolder(folder, ['lint', '.', '--format', 'json']);
    expect(json(run).map((w) => `${w.file} ${w.kind}/${w.name}`)).toEqual([
      'apps/job.yaml Job/myjob',
      'apps/native.yml Job/myjob',
      'apps/pod.json Pod/from-json',
    ]);
  });

  it('skips a Helm template found in a folder with the reason, and does not fail for it', () => {
    const run = runInFolder(folder, ['lint', '.']);
    expect(run.code).toBe(0);
    expect(run.err).toContain(
      'chart/templates/deployment.yaml:4:9: skipped: This looks like a Helm or Go template',
    );
    expect(run.err).toContain('helm template');
  });

  it('fails with exit code 2 for a template named on the command line, unless told to skip', () => {
    const run = runInFolder(folder, ['lint', 'chart/templates/deployment.yaml']);
    expect(run.code).toBe(2);
    expect(run.err).not.toContain('skipped');
    // Hooks name every changed file, charts' templates included.
    const hook = runInFolder(folder, [
      'lint',
      '--skip-templates',
      'chart/templates/deployment.yaml',
    ]);
    expect(hook.code).toBe(0);
    expect(hook.err).toContain('deployment.yaml:4:9: skipped: This looks like a Helm');
  });

  it('passes over files that hold no Kubernetes object, even ones that are not YAML', () => {
    const repo = folderWith({
      'tsconfig.json': '{\n  // comments are not JSON\n  "compilerOptions": {}\n}\n',
      'docker-compose.yml': 'services:\n  web:\n    image: nginx\n    ports: [ "80:80"\n',
      'k8s/job.yaml': legacyJob,
    });
    const run = runInFolder(repo, ['lint', '.', 'tsconfig.json', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    expect(json(run).map((w) => w.file)).toEqual(['k8s/job.yaml']);
  });

  it('fails with exit code 2 for a broken file found in a folder', () => {
    const broken = folderWith({ 'ok.yaml': nativeJob, 'broken.yaml': 'kind: Pod\n  spec: [\n' });
    const run = runInFolder(broken, ['lint', '.', '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^broken\.yaml:\d+:\d+: /m);
    expect(json(run).map((w) => w.file)).toEqual(['ok.yaml']);
  });

  it('reads - as standard input, named <stdin>', () => {
    const run = runInFolder(folder, ['lint', '-', '--format', 'json'], legacyJob);
    const [workload] = json(run);
    expect(workload?.file).toBe('<stdin>');
    expect(workload?.findings.map((f) => f.rule)).toContain('job/legacy-sidecar-never-completes');
  });

  it('reads several files and folders in the order given', () => {
    const run = runInFolder(
      folder,
      ['lint', 'apps/pod.json', '-', 'apps', '--format', 'json'],
      nativeJob,
    );
    expect(json(run).map((w) => w.file)).toEqual([
      'apps/pod.json',
      '<stdin>',
      'apps/job.yaml',
      'apps/native.yml',
      'apps/pod.json',
    ]);
  });
});
