import type { Page, Route } from '@playwright/test';
import { editorText, expect, test } from './fixtures';

/** The script of the manifest editor, which the page loads after first paint. */
const EDITOR_SCRIPT = /\/assets\/ManifestEditor-[^/]*\.js$/;

/** Holds the manifest editor back until `release` is called, to see the page without it. */
async function holdEditor(page: Page) {
  const held: Route[] = [];
  let released = false;
  await page.route(EDITOR_SCRIPT, async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  return {
    heldCount: () => held.length,
    release: async () => {
      released = true;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

test('a new design is an empty pod whose manifest is readable at once and in the editor', async ({
  page,
}) => {
  const editor = await holdEditor(page);
  await page.goto('/');

  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  await expect(pod).toBeVisible();
  await expect(pod.getByRole('group', { name: 'Pod my-pod', exact: true })).toBeVisible();
  await expect(pod).toContainText('This pod has no containers yet.');

  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  await expect(manifest).toBeVisible();
  const text = manifest.locator('pre');
  await expect(text).toBeVisible();
  await expect(text).toContainText('kind: Pod');
  await expect(text).toContainText('name: my-pod');
  const plain = (await text.textContent()) ?? '';
  expect(plain.split('\n')).toContain('kind: Pod');
  // The editor is asked for once the canvas is interactive.
  await expect.poll(() => editor.heldCount()).toBe(1);

  await editor.release();
  await expect(page.locator('body')).toHaveAttribute('data-monaco-ready', 'true');
  await expect(manifest.getByRole('textbox', { name: 'Manifest YAML' })).toBeAttached();
  await expect(text).toBeHidden();
  expect(await editorText(page)).toBe(plain);

  await page.screenshot({ path: '/tmp/first-page.png' });
});

test.describe('when the editor cannot load', () => {
  test.use({
    expectedConsoleErrors: { patterns: [/Failed to load resource/, /Failed to fetch dynamically/] },
  });

  test('the manifest stays readable as text', async ({ page }) => {
    await page.route(EDITOR_SCRIPT, (route) => route.abort('failed'));
    await page.goto('/');
    const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
    await expect(manifest).toContainText('Editor unavailable');
    await expect(manifest.locator('pre')).toBeVisible();
    await expect(manifest.locator('pre')).toContainText('name: my-pod');
    await expect(page.getByRole('region', { name: 'Pod', exact: true })).toBeVisible();
  });
});
