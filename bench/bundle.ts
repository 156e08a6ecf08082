import { existsSync } from 'node:fs';
// @ts-expect-error: a plain ES module script shared with the test command
import { initialScripts } from '../scripts/bundle-budget.mjs';

/** The first-paint JavaScript of the last build, against DESIGN.md §8's 150 KB gzip. */
export function benchBundle(): void {
  if (!existsSync('dist/index.html')) {
    console.log('\nInitial JS: no build found; run npm run build first.');
    return;
  }
  const scripts = initialScripts() as Array<{ src: string; gzip: number }>;
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0) / 1024;
  const verdict = total <= 150 ? 'within budget' : `OVER BUDGET by ${(total - 150).toFixed(1)} KB`;
  console.log(
    `\nInitial JS of the last build: ${total.toFixed(1)} KB gzip (budget 150 KB, ${verdict})`,
  );
}
