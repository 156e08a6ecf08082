import { describe, expect, it } from 'vitest';
import { folderWith, runInFolder } from '../testing/cli';
import { readCorpusFile } from '../testing/corpus';
import { formatGithub } from './github';
import type { WorkloadFindings } from './lint';
import { artifactUri } from './sarif';

const legacyJob = readCorpusFile('kubernetes-website/job-sidecar-legacy.yaml');
const brokenMount = readCorpusFile('linkerd2/inject_contour.golden.yml');
const template = 'kind: Pod\nmetadata:\n  name: {{ .Values.name }}\n';

describe('lint --format github', () => {
  const folder = folderWith({
    'k8s/contour.yml': brokenMount,
    'k8s/job.yaml': legacyJob,
    'k8s/chart/templates/pod.yaml': template,
  });
  const run = runInFolder(folder, ['lint', 'k8s', '--format', 'github']);
  const lines = run.out.trimEnd().split('\n');

  it('writes one workflow command per finding, at its file and line, by severity', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::error file=k8s\/contour\.yml,line=\d+,title=api\/mount-reference \(\w[\w-]*\)::Deployment "contour": /,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::warning file=k8s\/job\.yaml,line=15,title=job\/legacy-sidecar-never-completes \(logshipper\)::Job "myjob": Legacy sidecar 'logshipper'/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::notice file=k8s\/job\.yaml,line=\d+,title=res\/effective-requests::/,
      ),
    );
  });

  it('notes a skipped template, ends with a summary, and exits as text does', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::notice file=k8s\/chart\/templates\/pod\.yaml,line=3::skipped: This looks like a Helm/,
      ),
    );
    expect(lines.at(-1)).toMatch(
      /^Sidecar Studio: [1-9]\d* errors?, [1-9]\d* warnings?, \d+ infos?$/,
    );
    expect(run.code).toBe(1);
    expect(run.err).toBe('');
  });

  it('escapes what workflow commands cannot hold, and leaves out the file of standard input', () => {
    const results: WorkloadFindings[] = [
      {
        file: 'odd, name: 100%.yaml',
        document: 0,
        kind: 'Pod',
        name: 'p',
        findings: [
          { rule: 'a/b', severity: 'warning', message: '50% of\nit', path: 'spec', line: 3 },
        ],
      },
      {
        file: '<stdin>',
        document: 0,
        kind: 'Pod',
        name: 'q',
        findings: [{ rule: 'a/b', severity: 'info', message: 'm', path: 'spec', line: null }],
      },
    ];
    expect(formatGithub(results, []).split('\n').slice(0, 2)).toEqual([
      '::warning file=odd%2C name%3A 100%25.yaml,line=3,title=a/b::Pod "p": 50%25 of%0Ait',
      '::notice title=a/b::Pod "q": m',
    ]);
  });
});

describe('lint --format sarif', () => {
  it('names the version, and reports skipped files as notifications of the run', () => {
    const folder = folderWith({ 'job.yaml': legacyJob, 'chart/templates/pod.yaml': template });
    const run = runInFolder(folder, ['lint', '.', '--format', 'sarif']);
    const sarifRun = JSON.parse(run.out).runs[0];
    expect(sarifRun.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const [invocation] = sarifRun.invocations;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications).toEqual([
      expect.objectContaining({
        level: 'note',
        message: { text: expect.stringMatching(/^skipped: This looks like a Helm/) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'chart/templates/pod.yaml' },
              region: { startLine: 3 },
            },
          },
        ],
      }),
    ]);
    expect(sarifRun.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('job.yaml');
  });

  it('writes file paths as relative URIs', () => {
    expect(artifactUri('./k8s/my app.yaml')).toBe('k8s/my%20app.yaml');
    expect(artifactUri('k8s\\win.yaml')).toBe('k8s/win.yaml');
  });
});
