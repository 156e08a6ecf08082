// The JavaScript that index.html loads on first paint, against the budget of DESIGN.md §8:
// at most 100 KB gzip, and no Monaco (the editor loads once the canvas is interactive). Exits 1
// when either is broken, so the test command fails; a size is checked, never a time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_GZIP_BYTES = 100 * 1024;

/** Sizes of the first-paint scripts of a built `dist` folder. */
export function initialScripts(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const pattern = /<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g;
  return [...html.matchAll(pattern)].map((m) => {
    const code = readFileSync(join(dist, m[1].replace(/^\//, '')));
    return { src: m[1], code, gzip: gzipSync(code, { level: 9 }).length };
  });
}

/** What is wrong with the first-paint scripts of `dist`, and their size in a sentence. */
export function checkInitialScripts(dist = 'dist') {
  const scripts = initialScripts(dist);
  const problems = [];
  // Monaco's setup names MonacoEnvironment; the app itself only mentions Monaco's CSS class.
  const monaco = scripts.find((s) => s.code.includes('MonacoEnvironment'));
  if (monaco) problems.push(`${monaco.src} contains Monaco, which must be loaded lazily`);
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  const kb = (total / 1024).toFixed(1);
  const budget = (BUDGET_GZIP_BYTES / 1024).toFixed(0);
  if (total > BUDGET_GZIP_BYTES) {
    const over = ((total - BUDGET_GZIP_BYTES) / 1024).toFixed(1);
    problems.push(`initial JS is ${kb} KB gzip, ${over} KB over the budget of ${budget} KB`);
  }
  const summary = `initial JS ${kb} KB gzip in ${scripts.length} files (budget ${budget} KB)`;
  return { total, scripts, problems, summary };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { problems, summary } = checkInitialScripts(process.argv[2] ?? 'dist');
  for (const problem of problems) console.error(`first paint: ${problem}`);
  if (problems.length > 0) process.exit(1);
  console.log(`first paint: ${summary}, no Monaco`);
}
