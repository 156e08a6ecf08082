import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { restoreManifest } from './index';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));

function manifests(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return manifests(path);
    return entry.name.endsWith('.md') ? [] : [path];
  });
}

describe('every manifest of the corpus comes through the door', () => {
  const files = manifests(CORPUS);

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  for (const file of files) {
    it(`imports ${relative(CORPUS, file)}`, () => {
      const result = restoreManifest(readFileSync(file, 'utf8'));
      expect(result.ok ? 'imported' : result.error.message).toBe('imported');
      expect(result.ok && result.file.documents.length).toBeGreaterThan(0);
    });
  }
});

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
