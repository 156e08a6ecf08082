// Fails when the JavaScript that index.html loads on first paint grows past the budget of
// DESIGN.md §8 (150 KB gzip), or when it contains Monaco, which must load lazily.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_BYTES = 150 * 1024;
const html = readFileSync('dist/index.html', 'utf8');
const scripts = [
  ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g),
].map((m) => m[1]);
let total = 0;
for (const src of scripts) {
  const code = readFileSync(join('dist', src.replace(/^\//, '')));
  if (code.includes('monaco-editor') || code.includes('MonacoEnvironment')) {
    console.error(`bundle budget: ${src} contains Monaco, which must be loaded lazily`);
    process.exit(1);
  }
  total += gzipSync(code, { level: 9 }).length;
}
const kb = (total / 1024).toFixed(1);
if (total > BUDGET_GZIP_BYTES) {
  console.error(`bundle budget: initial JS is ${kb} KB gzip, over the 150 KB budget`);
  process.exit(1);
}
console.log(`bundle budget: initial JS ${kb} KB gzip (budget 150 KB), ${scripts.length} file(s)`);
