import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../../model/create';
import { addContainer, setSidecarMode } from '../../model/ops';
import { applyFix, countText, findingsOf, hasFix } from './findings';

const RULE = 'job/legacy-sidecar-never-completes';

describe('warnings', () => {
  it('lint each design once and count findings by severity', () => {
    const design = addContainer(emptyDesign(), 'main');
    expect(findingsOf(design)).toBe(findingsOf(design));
    expect(countText([])).toBe('0 errors, 0 warnings, 0 info');
    const findings = findingsOf(design);
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    expect(countText(findings)).toContain(`${warnings} warning`);
  });

  it("apply a rule's fix to the design", () => {
    let design = addContainer(emptyDesign('Job'), 'main');
    design = setSidecarMode(addContainer(design, 'sidecar'), 'legacy');
    const finding = findingsOf(design).find((f) => f.rule === RULE);
    expect(finding).toBeDefined();
    if (!finding) return;
    expect(hasFix(finding)).toBe(true);
    const fixed = applyFix(design, finding);
    expect(fixed?.summary).toContain('sidecar');
    expect(findingsOf(fixed?.design ?? design).some((f) => f.rule === RULE)).toBe(false);
  });
});
