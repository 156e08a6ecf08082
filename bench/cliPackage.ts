import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packAndInstall } from '../src/testing/cliPackage';
import { REPO_ROOT } from '../src/testing/corpus';

/**
 * The installable command: its packed size against a 300 KB budget, and what installing it
 * brings along (no dependency at all; above all none of the page's).
 */
export function benchCliPackage(): void {
  const folder = mkdtempSync(join(tmpdir(), 'sidecar-studio-bench-'));
  try {
    const { size, installed } = packAndInstall(folder);
    const kb = size / 1024;
    const sizeVerdict = kb < 300 ? 'within budget' : `OVER BUDGET by ${(kb - 300).toFixed(1)} KB`;
    const pageDependencies = Object.keys(
      JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).dependencies ?? {},
    ).filter((name) => name !== 'js-yaml');
    const ui = installed.filter((name) => pageDependencies.includes(name));
    const dependencies = installed.filter((name) => name !== 'sidecar-studio');
    console.log(
      `\nCommand-line package: ${kb.toFixed(1)} KB packed (budget 300 KB, ${sizeVerdict}); its install brings ${dependencies.length} dependencies${dependencies.length ? ` (${dependencies.join(', ')})` : ''}, ${ui.length ? `UI ones among them: ${ui.join(', ')}` : 'none of the page’s'}`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
