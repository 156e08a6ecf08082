import { describe, expect, it } from 'vitest';
import { generateDesignYaml } from '../../manifest/generate/index';
import { container, design } from '../../testing/build';
import { findingMarkers, problemMarker } from './markers';

describe('problemMarker', () => {
  const text = 'kind: Pod\nmetadata:\n  name: [x\n';

  it('marks from the reported column to the end of the line', () => {
    expect(problemMarker({ message: 'Bad.', line: 3, column: 3 }, text)).toEqual({
      severity: 'error',
      message: 'Bad.',
      startLineNumber: 3,
      startColumn: 3,
      endLineNumber: 3,
      endColumn: 11,
    });
  });

  it('marks the first line when the problem has no position', () => {
    expect(problemMarker({ message: 'Too large.' }, text)).toMatchObject({
      startLineNumber: 1,
      startColumn: 1,
      endColumn: 10,
    });
  });

  it('stays inside the text when the position is past its end', () => {
    const marker = problemMarker({ message: 'End.', line: 9, column: 40 }, 'a: 1\nb: 2');
    expect(marker.startLineNumber).toBe(2);
    expect(marker.startColumn).toBe(1);
    expect(marker.endColumn).toBeGreaterThan(marker.startColumn);
  });

  it('marks the last written line, whole, when the problem is reported on a blank line after it', () => {
    const marker = problemMarker({ message: 'End.', line: 4, column: 1 }, 'a: 1\nspec: [x\n\n');
    expect(marker).toMatchObject({
      startLineNumber: 2,
      startColumn: 1,
      endLineNumber: 2,
      endColumn: 9,
    });
  });
});

describe('findingMarkers', () => {
  const pod = design({
    containers: [
      container('app', { image: 'nginx:1.27' }),
      container('logshipper', { role: 'sidecar', image: 'fluent/fluent-bit:3.0' }),
    ],
  });
  const text = generateDesignYaml(pod, { annotate: true });

  it('marks the line of each finding with its rule id', () => {
    const markers = findingMarkers(pod, text);
    const lines = text.split('\n');
    const isolated = markers.find((m) => m.message.startsWith('link/isolated-sidecar: '));
    expect(isolated).toBeDefined();
    expect(isolated?.severity).toBe('warning');
    expect(lines[(isolated?.startLineNumber ?? 0) - 1]).toContain('- name: logshipper');
    expect(isolated?.startColumn).toBe(
      (lines[(isolated?.startLineNumber ?? 0) - 1] ?? '').indexOf('-') + 1,
    );
  });

  it('finds the lines in the text shown, not in the generated one', () => {
    const shifted = `# a comment\n# another\n${text}`;
    const before = findingMarkers(pod, text).map((m) => m.startLineNumber);
    const after = findingMarkers(pod, shifted).map((m) => m.startLineNumber);
    expect(after).toEqual(before.map((line) => line + 2));
  });

  it('marks nothing in text that is not YAML', () => {
    expect(findingMarkers(pod, 'spec: [oops\n')).toEqual([]);
  });
});
