// The JavaScript that index.html loads on first paint. Fails when it contains Monaco, which must
// load lazily; reports its gzip size against the budget of DESIGN.md §8 (150 KB). Budgets are
// measured and reported, not enforced by tests (DESIGN.md §8), so a size over budget only warns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_BYTES = 150 * 1024;

/** Sizes of the first-paint scripts of a built `dist` folder. */
export function initialScripts(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const pattern = /<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g;
  return [...html.matchAll(pattern)].map((m) => {
    const code = readFileSync(join(dist, m[1].replace(/^\//, '')));
    return { src: m[1], code, gzip: gzipSync(code, { level: 9 }).length };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scripts = initialScripts();
  // Monaco's setup names MonacoEnvironment; the app itself only mentions Monaco's CSS class.
  const monaco = scripts.find((s) => s.code.includes('MonacoEnvironment'));
  if (monaco) {
    console.error(`first paint: ${monaco.src} contains Monaco, which must be loaded lazily`);
    process.exit(1);
  }
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  const kb = (total / 1024).toFixed(1);
  const verdict =
    total <= BUDGET_GZIP_BYTES
      ? 'within budget'
      : `OVER BUDGET by ${((total - BUDGET_GZIP_BYTES) / 1024).toFixed(1)} KB`;
  console.log(`first paint: initial JS ${kb} KB gzip (budget 150 KB, ${verdict}), no Monaco`);
}
