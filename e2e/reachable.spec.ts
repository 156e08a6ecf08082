import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ORIGIN } from './origin';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
});

async function startFromExample(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(
    page.getByRole('region', { name: 'Pod', exact: true }).getByRole('group', { name: 'app' }),
  ).toBeVisible();
}

test('after copying a share link, an image exports without dismissing the notice', async ({
  page,
}) => {
  await startFromExample(page);
  await page.getByRole('button', { name: 'Copy share link', exact: true }).click();
  const notice = page.getByRole('status', { name: 'Notice' });
  await expect(notice).toContainText('Share link copied to the clipboard');

  for (const format of ['PNG', 'SVG'] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export image', exact: true }).click();
    // A real click, not a forced one: nothing lies over the menu's buttons.
    await page.getByRole('button', { name: format, exact: true }).click({ trial: true });
    await page.getByRole('button', { name: format, exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
  }
  await expect(notice).toContainText('Share link copied to the clipboard');

  // The notice stays in the notification list once dismissed.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeEmpty();
  await page.getByRole('button', { name: /^Notifications \(\d+\)$/ }).click();
  const list = page.getByRole('dialog', { name: 'Notifications' });
  await expect(list.getByRole('listitem').first()).toContainText('Share link copied');
  await list.getByRole('button', { name: 'Close' }).click();
  await expect(list).toBeHidden();
});

test('Tab reaches the editor and leaves it, and Escape moves focus out of it', async ({ page }) => {
  await startFromExample(page);
  await expect(page.locator('body')).toHaveAttribute('data-monaco-ready', 'true', {
    timeout: 30_000,
  });
  const editor = page.locator('.monaco-editor textarea');
  const lines = page.locator('.monaco-editor .view-lines');
  const before = await lines.textContent();

  // From the heading of the Manifest region, Tab goes into the editor.
  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  await expect(manifest.getByText(/Esc leaves the editor/)).toBeVisible();
  await manifest.getByRole('heading', { name: 'Manifest' }).click();
  for (let i = 0; i < 10 && !(await editor.evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(editor).toBeFocused();

  // Tab moves on instead of typing indentation.
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(editor).toBeFocused();

  // Escape leaves the editor; the text is as it was.
  await page.keyboard.press('Escape');
  await expect(editor).not.toBeFocused();
  expect(await lines.textContent()).toBe(before);

  // The Lifecycle toggle is reached by Tab too.
  const toggle = page.getByRole('button', { name: 'Lifecycle', exact: true });
  for (let i = 0; i < 40 && !(await toggle.evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(toggle).toBeFocused();
});
