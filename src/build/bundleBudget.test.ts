import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script shared with the test command
import { BUDGET_GZIP_BYTES, checkInitialScripts } from '../../scripts/bundle-budget.mjs';

interface Check {
  total: number;
  problems: string[];
}

/** A built page whose index.html loads `entry` and preloads `shared`. */
function dist(entry: string | Buffer, shared = 'export const x = 1;'): string {
  const dir = mkdtempSync(join(tmpdir(), 'first-paint-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'index.js'), entry);
  writeFileSync(join(dir, 'assets', 'shared.js'), shared);
  writeFileSync(join(dir, 'assets', 'lazy.js'), randomBytes(300 * 1024).toString('base64'));
  writeFileSync(
    join(dir, 'index.html'),
    '<script type="module" crossorigin src="/assets/index.js"></script>\n<link rel="modulepreload" crossorigin href="/assets/shared.js">',
  );
  return dir;
}

describe('the first-paint budget of the test command', () => {
  it('passes a page within 100 KB gzip, counting preloaded scripts but not lazy ones', () => {
    const check = checkInitialScripts(dist('console.log(1);')) as Check;
    expect(check.problems).toEqual([]);
    expect(check.total).toBeGreaterThan(0);
    expect(BUDGET_GZIP_BYTES).toBe(100 * 1024);
  });

  it('fails a page whose first-paint scripts exceed 100 KB gzip together', () => {
    // Random text hardly compresses: two files of about 56 KB gzip each is over the budget only together.
    const half = randomBytes(55 * 1024).toString('base64');
    const check = checkInitialScripts(dist(half, half)) as Check;
    expect(check.total).toBeGreaterThan(BUDGET_GZIP_BYTES);
    expect(check.problems.join()).toContain('over the budget of 100 KB');
  });

  it('fails a page that loads Monaco on first paint', () => {
    const check = checkInitialScripts(dist('self.MonacoEnvironment = {};')) as Check;
    expect(check.problems.join()).toContain('contains Monaco');
  });
});
