import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));

/** The files of the build the test runs against, as paths under the site root. */
function builtFiles(): string[] {
  return readdirSync(DIST, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every cache of the page's origin, with the URLs each holds, sorted. */
function cachesOfPage(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      all[name] = requests.map((request) => request.url).sort();
    }
    return all;
  });
}

test('after one visit the page opens without a network, from its service worker', async ({
  page,
  context,
  baseURL,
}) => {
  // What an earlier build, and some other program of this origin, left behind: the first is
  // removed when the new worker takes over, the second is not the page's to touch.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('caches-seeded')) return;
    sessionStorage.setItem('caches-seeded', 'yes');
    void caches.open('sidecar-studio-0000000000000000');
    void caches.open('another-program');
  });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Pod', exact: true })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null), {
      timeout: 20_000,
    })
    .toBe(`${baseURL}/sw.js`);

  const stored = await cachesOfPage(page);
  const names = Object.keys(stored).sort();
  expect(names).toHaveLength(2);
  expect(names[0]).toBe('another-program');
  expect(names[1]).toMatch(/^sidecar-studio-[0-9a-f]{16}$/);
  expect(names[1]).not.toBe('sidecar-studio-0000000000000000');
  const expected = builtFiles()
    .filter((file) => file !== 'sw.js')
    .map((file) => `${baseURL}/${file}`)
    .sort();
  expect(stored[names[1] ?? '']).toEqual(expected);

  // Take the server away: no network at all, and any request that still tries fails.
  await context.setOffline(true);
  const tried: string[] = [];
  await context.route('**/*', (route) => {
    tried.push(route.request().url());
    return route.abort('internetdisconnected');
  });

  const response = await page.reload();
  expect(response?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  await expect(pod).toBeVisible();
  await expect(pod.getByRole('group', { name: 'Pod my-pod', exact: true })).toBeVisible();
  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  await expect(manifest.locator('pre')).toContainText('kind: Pod');
  // The editor's script, style sheet, font and workers are loaded after first paint: kept too.
  await expect(page.locator('body')).toHaveAttribute('data-monaco-ready', 'true');
  await expect(manifest.getByRole('textbox', { name: 'Manifest YAML' })).toBeAttached();
  await expect(page.getByRole('list', { name: 'Warnings', exact: true })).toBeVisible();
  expect(tried, 'requests that reached the network').toEqual([]);

  await context.setOffline(false);
});
