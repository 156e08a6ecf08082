import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seriousProblems(page: Page): Promise<string[]> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidecar Studio' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pod', exact: true })).toBeVisible();
  await expect(page.locator('body')).toHaveAttribute('data-monaco-ready', 'true');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target).join(', ')}`);
}

test('the first page has no serious or critical accessibility problems', async ({ page }) => {
  expect(await seriousProblems(page)).toEqual([]);
});

test.describe('in a dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the first page has no serious or critical accessibility problems', async ({ page }) => {
    expect(await seriousProblems(page)).toEqual([]);
  });
});
