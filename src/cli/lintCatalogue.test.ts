import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../lint/registry';
import { catalogueCases } from '../testing/catalogueCases';
import type { WorkloadFindings } from './lint';
import { runCli } from './run';

const cases = catalogueCases();
const folder = mkdtempSync(join(tmpdir(), 'sidecar-studio-cases-'));
const numberOf = new Map(RULES.map((rule) => [rule.id, rule.number]));

function lintJson(path: string): WorkloadFindings[] {
  let out = '';
  runCli(['lint', path, '--format', 'json'], {
    out: (t) => {
      out += t;
    },
    err: () => {},
    readFile: (p) => readFileSync(p, 'utf8'),
  });
  return JSON.parse(out) as WorkloadFindings[];
}

describe('the test cases of sidecar-rules.md section 9', () => {
  it('are all found in the rule document', () => {
    expect(cases.map((c) => c.id)).toHaveLength(31);
  });

  it('cover every rule of the catalogue', () => {
    expect(RULES.map((r) => r.number)).toHaveLength(43);
  });

  describe.each(cases)('$id $title', ({ id, yaml, expected }) => {
    it(`fires exactly ${expected.join(', ') || 'no rule'}`, () => {
      const path = join(folder, `${id}.yaml`);
      writeFileSync(path, yaml);
      const [result] = lintJson(path);
      // R39 (effective requests, info) is left out of every expectation but T05 (§9.0).
      const fired = [...new Set(result?.findings.map((f) => numberOf.get(f.rule) ?? f.rule))]
        .filter((n) => n !== 'R39' || expected.includes('R39'))
        .sort();
      expect(fired).toEqual([...expected].sort());
    });
  });
});
