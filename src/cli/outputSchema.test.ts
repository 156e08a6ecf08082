import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { TIMELINE_PHASES } from '../lifecycle/types';
import { WORKLOAD_KINDS } from '../model/types';
import { runInFolder } from '../testing/cli';
import { CORPUS_DIR, corpusFiles, REPO_ROOT } from '../testing/corpus';

const schema = (name: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'cli', 'schema', name), 'utf8'));
const lintSchema = schema('lint-output.schema.json');
const timelineSchema = schema('timeline-output.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateLint = ajv.compile(lintSchema);
const validateTimeline = ajv.compile(timelineSchema);

function valid(validate: typeof validateLint, data: unknown): string {
  return validate(data) ? 'valid' : ajv.errorsText(validate.errors);
}

describe('the JSON Schemas shipped with the package', () => {
  it('describe lint --format json of the whole corpus', () => {
    const run = runInFolder(CORPUS_DIR, ['lint', ...corpusFiles(), '--format', 'json']);
    const output = JSON.parse(run.out);
    expect(output.length).toBeGreaterThan(60);
    expect(valid(validateLint, output)).toBe('valid');
  });

  it.each(corpusFiles())('describe timeline --format json of %s', (file) => {
    const run = runInFolder(CORPUS_DIR, ['timeline', file, '--format', 'json']);
    expect(valid(validateTimeline, JSON.parse(run.out))).toBe('valid');
  });

  it('refuse output that breaks the contract', () => {
    const finding = { rule: 'a/b', severity: 'fatal', message: 'm', path: 'spec', line: 0 };
    const workload = { file: 'f', document: 0, kind: 'Pod', name: 'p', findings: [finding] };
    expect(valid(validateLint, [workload])).toMatch(/severity.*line|line.*severity/s);
    expect(valid(validateLint, [{ ...workload, findings: [] }])).toBe('valid');
  });

  it('know every workload kind and timeline phase of the engine', () => {
    expect(lintSchema.$defs.workload.properties.kind.enum).toEqual([...WORKLOAD_KINDS]);
    expect(timelineSchema.$defs.workload.properties.kind.enum).toEqual([...WORKLOAD_KINDS]);
    expect(timelineSchema.$defs.event.properties.phase.enum).toEqual([...TIMELINE_PHASES]);
  });
});
