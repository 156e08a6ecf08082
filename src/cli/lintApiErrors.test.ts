import { describe, expect, it } from 'vitest';
import { runCli } from './run';

/** Runs the command line on in-memory files. */
function cli(files: Record<string, string>, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = runCli(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: (p) => {
      const text = files[p];
      if (text === undefined) throw new Error('no such file');
      return text;
    },
  });
  return { code, out, err };
}

const DUPLICATES = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: web}',
  'spec:',
  '  selector: {matchLabels: {app: web}}',
  '  template:',
  '    metadata: {labels: {app: web}}',
  '    spec:',
  '      containers:',
  '      - name: app',
  '        image: nginx',
  '      - name: app',
  '        image: busybox',
  '      - name: helper',
].join('\n');

describe('cli lint reports what the API server rejects instead of refusing the file', () => {
  it('a duplicate container name and a missing image are findings with lines, exit 1', () => {
    const { code, out, err } = cli(
      { 'dup.yaml': DUPLICATES },
      'lint',
      'dup.yaml',
      '--format',
      'json',
    );
    expect(err).toBe('');
    expect(code).toBe(1);
    const [entry] = JSON.parse(out);
    expect(entry).toMatchObject({ kind: 'Deployment', name: 'web', document: 0 });
    const errors = entry.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.map((f: { rule: string; line: number }) => [f.rule, f.line])).toEqual([
      ['api/container-name', 12],
      ['api/image-required', 14],
    ]);
  });

  it('export writes the file back with both names as written', () => {
    const { code, out, err } = cli({ 'dup.yaml': DUPLICATES }, 'export', 'dup.yaml');
    expect(code).toBe(0);
    expect(out.match(/- name: app$/gm)).toHaveLength(2);
    // Warnings say where by line, as lint does; documents are not numbered in text.
    expect(err).toMatch(/^dup\.yaml:14: warning: Container "helper"/m);
  });
});
