import { expect, test } from './fixtures';
import { pasteInto } from './manifestDocuments';

test('a canvas edit never silently replaces typed text that does not parse', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-monaco-ready', 'true', {
    timeout: 30_000,
  });
  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  const lines = manifest.locator('.view-lines');
  await lines.click();
  await page.keyboard.press('ControlOrMeta+End');
  // Pasted, as typing a bracket would have the editor close it.
  await pasteInto(page, '.monaco-editor textarea', 'broken: [unclosed\n');
  await expect(manifest.getByRole('status')).toContainText(
    'The diagram shows the last valid manifest',
  );

  // An edit on the canvas rewrites the manifest, and says that the typed text was kept.
  await page.getByRole('button', { name: 'Main container', exact: true }).click();
  const kept = manifest.getByRole('region', { name: 'Kept draft' });
  await expect(kept).toBeVisible();
  await lines.click();
  await page.keyboard.press('ControlOrMeta+End');
  await expect(lines).toContainText('volumes:');
  await expect(lines).not.toContainText('unclosed');

  await kept.getByRole('button', { name: 'Restore my text' }).click();
  await expect(kept).toBeHidden();
  await lines.click();
  await page.keyboard.press('ControlOrMeta+End');
  await expect(lines).toContainText('broken: [unclosed');
  await expect(manifest.getByRole('status')).toContainText(
    'The diagram shows the last valid manifest',
  );
});
