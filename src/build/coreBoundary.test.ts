import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The core folders whose imports Biome restricts (biome.json), one probe file in each kind. */
const CORE_PROBES = ['src/model/boundaryProbe.ts', 'src/live/boundaryProbe.ts'];

/** Every way into a UI library, the canvas, the editor or the store, subpaths included. */
const FORBIDDEN = [
  'react',
  'react/jsx-runtime',
  'react-dom',
  'react-dom/client',
  'preact',
  'preact/hooks',
  'preact/compat',
  '@xyflow/react',
  '@xyflow/system',
  'monaco-editor',
  'monaco-editor/esm/vs/editor/editor.api',
  'monaco-yaml',
  'zustand',
  'zustand/vanilla',
  '../ui/app/App',
  '../store/studioStore',
];

type Report = { diagnostics: { category: string; location: { start: { line: number } } }[] };

function restrictedLines(path: string, source: string): number[] {
  writeFileSync(path, source);
  try {
    let output: string;
    try {
      output = execFileSync('npx', ['biome', 'lint', '--reporter=json', path], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(output) as Report;
    const lines = report.diagnostics
      .filter((d) => d.category === 'lint/style/noRestrictedImports')
      .map((d) => d.location.start.line);
    return [...new Set(lines)].sort((a, b) => a - b);
  } finally {
    rmSync(path, { force: true });
  }
}

describe('the core import boundary', () => {
  const source = FORBIDDEN.map((from, i) => `import * as m${i} from '${from}';`)
    .concat(`export const all = [${FORBIDDEN.map((_, i) => `m${i}`).join(', ')}];`)
    .join('\n');

  it.each(CORE_PROBES)('%s may import none of the UI, canvas, editor or store', (path) => {
    expect(restrictedLines(path, source)).toEqual(FORBIDDEN.map((_, i) => i + 1));
  });

  it('leaves the UI free to import them', () => {
    expect(restrictedLines('src/ui/boundaryProbe.ts', source)).toEqual([]);
  });
});
