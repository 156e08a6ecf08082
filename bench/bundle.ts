import { existsSync } from 'node:fs';
// @ts-expect-error: a plain ES module script shared with the test command
import { checkInitialScripts } from '../scripts/bundle-budget.mjs';

/** The first-paint JavaScript of the last build, against DESIGN.md §8's 100 KB gzip. */
export function benchBundle(): void {
  if (!existsSync('dist/index.html')) {
    console.log('\nInitial JS: no build found; run npm run build first.');
    return;
  }
  const { summary, problems } = checkInitialScripts() as { summary: string; problems: string[] };
  const verdict = problems.length === 0 ? 'within budget' : `OVER BUDGET: ${problems.join('; ')}`;
  console.log(`\nFirst paint of the last build: ${summary}, ${verdict}`);
}
