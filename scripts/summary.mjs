// Prints the closing line "N passed, N failed" from the checks and the test reports.
import { readFileSync } from 'node:fs';

function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const [checksPassed, checksFailed] = process.argv.slice(2).map(Number);
const unit = read('reports/vitest.json');
const e2e = read('reports/playwright.json');
// The unit and e2e checks themselves are already counted; count their tests on top.
const passed = checksPassed + (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed =
  checksFailed + (unit?.numFailedTests ?? 0) + (e2e ? e2e.stats.unexpected + e2e.stats.flaky : 0);
console.log(`${passed} passed, ${failed} failed`);
