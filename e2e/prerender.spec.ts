import type { Page } from '@playwright/test';
import { starterDesign } from '../src/model/create';
import { createEnvelope, serialiseEnvelope } from '../src/persist/envelope';
import { DESIGN_KEY } from '../src/persist/keys';
import { WORKSPACE_KEY } from '../src/ui/app/workspaceLayout';
import { expect, test } from './fixtures';

async function saveStarterDesign(page: Page): Promise<void> {
  const saved = serialiseEnvelope(
    createEnvelope(starterDesign(), { tabId: 'other', revision: 1 }, new Date('2025-01-01')),
  );
  await page.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [DESIGN_KEY, saved] as const,
  );
}

test.describe('without any script', () => {
  test.use({ expectedConsoleErrors: { patterns: [/Failed to load resource/] } });

  test('the first screen is the workspace itself, named as people and tests find it', async ({
    page,
  }) => {
    await page.route(/\.js$/, (route) => route.abort('blockedbyclient'));
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/');
    // Its styles come inside the page: the workspace is laid out without another request.
    await expect(page.locator('.app-main')).toHaveCSS('display', 'grid');
    expect(requested.filter((path) => path.endsWith('.css'))).toEqual([]);
    const pod = page.getByRole('region', { name: 'Pod', exact: true });
    await expect(pod.getByRole('group', { name: 'Pod my-pod', exact: true })).toBeVisible();
    await expect(pod).toContainText('This pod has no containers yet.');
    const palette = page.getByRole('region', { name: 'Palette', exact: true });
    for (const name of ['Main container', 'Sidecar container', 'Init container', 'Volume']) {
      await expect(palette.getByRole('button', { name, exact: true })).toBeVisible();
    }
    const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
    await expect(manifest.locator('pre')).toContainText('kind: Pod');
    await expect(page.getByRole('list', { name: 'Warnings' })).toContainText(
      'api/no-main-container',
    );
    await expect(page.getByRole('radiogroup', { name: 'Sidecar mode' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Lifecycle', exact: true })).toBeVisible();
  });

  test('a saved design keeps the prerendered diagram hidden', async ({ page }) => {
    await saveStarterDesign(page);
    await page.route(/\.js$/, (route) => route.abort('blockedbyclient'));
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Sidecar Studio', level: 1 })).toBeVisible();
    await expect(page.locator('.app-main')).toBeHidden();
  });
});

test('the prerendered workspace comes to life: the first click adds a container', async ({
  page,
}) => {
  await page.goto('/');
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  await expect(pod.getByRole('group', { name: 'Pod my-pod', exact: true })).toBeVisible();
  await page
    .getByRole('region', { name: 'Palette', exact: true })
    .getByRole('button', { name: 'Main container', exact: true })
    .click();
  await expect(pod.getByLabel('app', { exact: true })).toBeVisible();
  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  await expect(page.locator('body')).toHaveAttribute('data-monaco-ready', 'true');
  await expect(manifest.getByRole('textbox', { name: 'Manifest YAML' })).toBeAttached();
  await expect(page.getByRole('list', { name: 'Warnings' })).not.toContainText(
    'api/no-main-container',
  );
});

test('the example opens when it is clicked while the canvas is still loading', async ({ page }) => {
  // The page's script is held back until the click has happened, as on a slow connection.
  let release: () => void = () => {};
  const clicked = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await clicked;
    await route.continue();
  });
  // Neither the load event nor DOMContentLoaded comes while the page's script is held back.
  await page.goto('/', { waitUntil: 'commit' });
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  const example = pod.getByRole('button', { name: 'Start from an example' });
  await example.click();
  release();

  await expect(pod.getByRole('group', { name: 'app', exact: true })).toBeVisible();
  await expect(pod.getByRole('group', { name: 'log-shipper', exact: true })).toBeVisible();
  await expect(example).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(example).toBeVisible();
});

test('in a dark scheme, with panes hidden last time, the page takes the prerender over as it was left', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const layout = { side: { collapsed: true }, manifest: { collapsed: false, width: 300 } };
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    WORKSPACE_KEY,
    JSON.stringify(layout),
  ] as const);
  await page.goto('/');
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  await expect(page.locator('html')).toHaveAttribute('data-canvas-ready', '');
  await expect(pod.locator('.react-flow')).toHaveClass(/\bdark\b/);
  await expect(page.getByRole('region', { name: 'Inspector', exact: true })).toBeHidden();
  await expect(page.locator('main.app-main')).toHaveAttribute('style', /--manifest-width: ?300px/);

  await page
    .getByRole('region', { name: 'Palette', exact: true })
    .getByRole('button', { name: 'Main container', exact: true })
    .click();
  await expect(pod.getByLabel('app', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Show the inspector and warnings' }).click();
  await expect(page.getByRole('region', { name: 'Inspector', exact: true })).toBeVisible();
});
