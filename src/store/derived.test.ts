import { describe, expect, it } from 'vitest';
import { simulateLifecycle } from '../lifecycle';
import { starterDesign } from '../model/create';
import { renameContainer, setWorkloadKind } from '../model/ops';
import { findingsOf as warningsOf } from '../ui/warnings/findings';
import { findingMarkers } from '../ui/yaml-pane/markers';
import {
  findingsOf,
  LINT_RUN_MARK,
  lineMapOf,
  manifestOf,
  placedFindingsOf,
  timelineOf,
} from './derived';

const lintRuns = () => performance.getEntriesByName(LINT_RUN_MARK).length;

describe('one derivation per design version', () => {
  it('lints a design once for the warnings and the editor marks together', () => {
    const design = setWorkloadKind(starterDesign(), 'Job');
    const before = lintRuns();
    const text = manifestOf(design);
    if (!text.ok) throw new Error(text.error);
    expect(warningsOf(design)).toBe(findingsOf(design));
    expect(findingMarkers(design, text.text).length).toBeGreaterThan(0);
    expect(placedFindingsOf(design)).toBe(placedFindingsOf(design, text.text));
    expect(lintRuns() - before).toBe(1);
  });

  it('lints the next version again, once', () => {
    const design = starterDesign();
    findingsOf(design);
    const before = lintRuns();
    const next = renameContainer(design, 'app', 'web');
    findingsOf(next);
    findingsOf(next);
    expect(lintRuns() - before).toBe(1);
  });

  it('places findings on the lines of the manifest, and of a reformatted text without linting', () => {
    const design = setWorkloadKind(starterDesign(), 'Job');
    const placed = placedFindingsOf(design);
    const lines = lineMapOf(design);
    expect(lines).not.toBeNull();
    expect(placed.every((f) => f.line !== undefined)).toBe(true);
    const text = manifestOf(design);
    if (!text.ok) throw new Error(text.error);
    const before = lintRuns();
    const shifted = placedFindingsOf(design, `# a comment\n${text.text}`);
    expect(shifted.map((f) => f.line)).toEqual(placed.map((f) => (f.line ?? 0) + 1));
    expect(placedFindingsOf(design, 'spec: [oops\n').every((f) => f.line === undefined)).toBe(true);
    expect(lintRuns()).toBe(before);
  });

  it('simulates each scenario once per design, as the simulation would', () => {
    const design = starterDesign();
    expect(timelineOf(design)).toBe(timelineOf(design));
    expect(timelineOf(design, 'start')).toEqual(simulateLifecycle(design, { scenario: 'start' }));
    expect(timelineOf(design, 'sidecar-crash', 'log-shipper')).toEqual(
      simulateLifecycle(design, { scenario: 'sidecar-crash', container: 'log-shipper' }),
    );
    expect(timelineOf(design, 'start')).not.toBe(timelineOf(design, 'sidecar-crash'));
  });
});
