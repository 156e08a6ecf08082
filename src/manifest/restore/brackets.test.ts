import { describe, expect, it } from 'vitest';
import { restoreManifest } from './index';

describe('closing brackets at their key’s own indentation (istio/spire-quickstart.yaml)', () => {
  const text = 'args: [\n    "-a", "1",\n]\nenv: {\n  a: b\n}\nlast: 1\n';

  it('reads them as Kubernetes does, keeping every value and line', () => {
    const result = restoreManifest(text);
    if (!result.ok) throw new Error(result.error.message);
    const doc = result.file.documents[0];
    expect(doc?.type === 'other' && doc.value).toEqual({
      args: ['-a', '1'],
      env: { a: 'b' },
      last: 1,
    });
  });

  it('still reports other indentation errors', () => {
    const result = restoreManifest('a:\n  - b\n c: d\n');
    expect(!result.ok && result.error.line).toBe(3);
  });
});
