import { describe, expect, it } from 'vitest';
import { createContext } from '../lint/context';
import { lintDesign } from '../lint/engine';
import { ruleById } from '../lint/registry';
import { removeContainer, setWorkloadKind } from '../model/ops';
import type { Design } from '../model/types';
import { check, EXERCISES, type FixThisPodExercise, listedFindings } from './index';

const fixExercises = EXERCISES.filter((e): e is FixThisPodExercise => e.type === 'fix-this-pod');

/** Applies the rules' own one-click fixes, one finding at a time, until none of the listed is left. */
function applyRuleFixes(exercise: FixThisPodExercise): Design {
  let design = exercise.design;
  for (let round = 0; round < 10; round += 1) {
    const findings = listedFindings(exercise, design);
    if (findings.length === 0) return design;
    const context = createContext(design.target);
    const fixed = findings
      .map((finding) => ruleById(finding.rule)?.fix?.(design, finding, context))
      .find((result) => result !== undefined);
    if (!fixed) throw new Error(`no one-click fix for ${findings.map((f) => f.rule).join(', ')}`);
    design = fixed.design;
  }
  throw new Error('the fixes did not converge');
}

describe('fix-this-pod', () => {
  it('covers start-order, stop-order and Job rules of the catalogue', () => {
    const rules = new Set(fixExercises.flatMap((e) => e.rules));
    expect([...rules].some((r) => r.startsWith('order/'))).toBe(true);
    expect([...rules].some((r) => r.startsWith('stop/'))).toBe(true);
    expect([...rules].some((r) => r.startsWith('job/'))).toBe(true);
  });

  it.each(fixExercises.map((e) => [e.id, e]))(
    '%s: the broken design shows every listed rule',
    (_id, e) => {
      const found = new Set(lintDesign(e.design).map((f) => f.rule));
      for (const rule of e.rules) expect(found).toContain(rule);
      expect(lintDesign(e.design).filter((f) => f.severity === 'error')).toEqual([]);
      const result = check(e, e.design);
      expect(result.correct).toBe(false);
      expect(result.feedback).toContain(e.rules[0] ?? '');
    },
  );

  it.each(fixExercises.map((e) => [e.id, e]))('%s: the rules’ own fixes solve it', (_id, e) => {
    const fixed = applyRuleFixes(e);
    expect(listedFindings(e, fixed)).toEqual([]);
    expect(check(e, fixed)).toEqual({ correct: true, feedback: expect.stringContaining('Fixed') });
  });

  it('does not count removing a container or changing the kind as a fix', () => {
    const e = fixExercises.find((x) => x.id === 'fix-job-legacy-sidecar');
    if (!e) throw new Error('missing exercise');
    const removed = check(e, removeContainer(e.design, 'logshipper'));
    expect(removed.correct).toBe(false);
    expect(removed.feedback).toContain('Keep logshipper');
    const asDeployment = check(e, setWorkloadKind(e.design, 'Deployment'));
    expect(asDeployment.correct).toBe(false);
    expect(asDeployment.feedback).toContain('Keep the workload a Job');
  });
});
