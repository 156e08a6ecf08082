import type { Design } from '../model/types';
import { createContext } from './context';
import { lintDesign } from './engine';
import type { Finding } from './types';

/** A finding's identity across two versions of a design: rule, container (as written), field. */
function keyOf(design: Design, finding: Finding): string {
  const container = design.containers.find((c) => c.name === finding.container);
  const name = container ? (container.declaredName ?? container.name) : '';
  return `${finding.rule} ${name} ${finding.volume ?? ''} ${finding.field ?? ''}`;
}

/**
 * The findings `after` has and `before` had not: what a conversion (a sidecar mode switch, say)
 * introduced. Both are linted against `after`'s target.
 */
export function introducedFindings(before: Design, after: Design): Finding[] {
  const context = createContext(after.target);
  const known = new Set(lintDesign(before, { context }).map((f) => keyOf(before, f)));
  return lintDesign(after, { context }).filter((f) => !known.has(keyOf(after, f)));
}
