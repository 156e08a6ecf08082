import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { DESIGN_KEY } from '../src/persist/keys';
import { readCorpusFile } from '../src/testing/corpus';
import { expect, test } from './fixtures';
import { ORIGIN } from './origin';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
});

function pod(page: Page): Locator {
  return page.getByRole('region', { name: 'Pod', exact: true });
}

function savedText(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), DESIGN_KEY);
}

/** The names of the container nodes on the canvas, sorted. */
async function containerNames(page: Page): Promise<string[]> {
  const names = await pod(page)
    .locator('.react-flow__node')
    .filter({ has: page.locator('.container-node__badge') })
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
  return names.sort();
}

/** Drops `text` as a file named `name` on the page, as a person drags one from their computer. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'text/yaml' }));
      return data;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByRole('status', { name: 'Drop target' })).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('status', { name: 'Drop target' })).toHaveCount(0);
}

async function closeNotesIfAny(page: Page): Promise<void> {
  const notes = page.getByRole('dialog', { name: 'Import notes' });
  await page.waitForTimeout(200);
  if (await notes.isVisible()) await notes.getByRole('button', { name: 'Close' }).click();
}

test('a manifest imports by dropping its file anywhere on the page', async ({ page }) => {
  await page.goto('/');
  await dropFile(
    page,
    'deployment-sidecar.yaml',
    readCorpusFile('kubernetes-website/deployment-sidecar.yaml'),
  );
  await closeNotesIfAny(page);
  await expect(
    pod(page).getByRole('group', { name: 'Deployment myapp', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('deployment-sidecar.yaml');
  // One undo step, as with the Import button.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(pod(page).getByRole('group', { name: 'Pod my-pod', exact: true })).toBeVisible();
});

test('a manifest imports by pasting its text outside the editor', async ({ page }) => {
  await page.goto('/');
  await expect(pod(page).getByRole('group', { name: 'Pod my-pod', exact: true })).toBeVisible();
  const text = readCorpusFile('istio/hello-multi.yaml.injected');
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+V');
  const picker = page.getByRole('dialog', { name: 'Which workload do you want to open?' });
  await expect(picker).toBeVisible();
  await picker.getByRole('button', { name: 'Deployment hello-v2' }).click();
  await closeNotesIfAny(page);
  await expect(
    pod(page).getByRole('group', { name: 'Deployment hello-v2', exact: true }),
  ).toBeVisible();
});

/** The size a PNG says it is, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function exportImage(page: Page, format: 'PNG' | 'SVG'): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export image', exact: true }).click();
  await page.getByRole('button', { name: format, exact: true }).click();
  return download;
}

test('the diagram exports as PNG and SVG images of its own size', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(pod(page).getByRole('group', { name: 'app', exact: true })).toBeVisible();
  // The pod node holds every container, so the image is at least its size (without zoom).
  const podSize = await pod(page)
    .locator('.react-flow__node')
    .first()
    .evaluate((node) => ({
      width: (node as HTMLElement).offsetWidth,
      height: (node as HTMLElement).offsetHeight,
    }));

  const svgDownload = await exportImage(page, 'SVG');
  expect(svgDownload.suggestedFilename()).toBe('web.svg');
  const svg = await readFile(await svgDownload.path(), 'utf8');
  expect(svg).toMatch(/^<svg /);
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
  expect(width).toBeGreaterThanOrEqual(podSize.width);
  expect(height).toBeGreaterThanOrEqual(podSize.height);
  expect(width).toBeLessThan(podSize.width + 400);
  expect(svg).toContain('app');

  const pngDownload = await exportImage(page, 'PNG');
  expect(pngDownload.suggestedFilename()).toBe('web.png');
  const png = await readFile(await pngDownload.path());
  expect(png.length).toBeGreaterThan(1000);
  // Drawn at twice the diagram's size, so that text stays sharp.
  expect(pngSize(png)).toEqual({ width: 2 * width, height: 2 * height });
});

test('a share link opens the same design beside the saved one, which stays untouched', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(pod(page).getByRole('group', { name: 'app', exact: true })).toBeVisible();
  const shared = await containerNames(page);
  expect(shared.length).toBeGreaterThan(1);

  await page.getByRole('button', { name: 'Copy share link', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Notice' })).toContainText(
    'Share link copied to the clipboard',
  );
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(`${ORIGIN}/#design=`)).toBe(true);
  expect(link).toMatch(/#design=[A-Za-z0-9+$-]+$/);

  // This browser's saved design becomes an empty pod before the link is opened.
  await page.getByRole('button', { name: 'New design', exact: true }).click();
  await page.getByRole('button', { name: 'Start new design' }).click();
  await expect(pod(page).getByRole('group', { name: 'Pod my-pod', exact: true })).toBeVisible();
  await expect.poll(() => savedText(page)).toContain('"containers":[]');
  const saved = await savedText(page);
  await page.close();

  const other = await context.newPage();
  await other.goto(link);
  const banner = other.getByRole('region', { name: 'Shared design' });
  await expect(banner).toContainText(
    'You are looking at a shared design. Edit it to make it yours, or go back to your design.',
  );
  await expect.poll(() => containerNames(other)).toEqual(shared);
  expect(new URL(other.url()).hash).toBe('');
  // Only looking saves nothing, not even when the page is left.
  await other.waitForTimeout(1000);
  expect(await savedText(other)).toBe(saved);
  await other.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  expect(await savedText(other)).toBe(saved);

  // Going back shows the saved design, still untouched.
  await banner.getByRole('button', { name: 'Back to my design' }).click();
  await expect(banner).toHaveCount(0);
  await expect(pod(other).getByRole('group', { name: 'Pod my-pod', exact: true })).toBeVisible();
  await other.waitForTimeout(600);
  expect(await savedText(other)).toBe(saved);

  // Redo looks at the shared design again; keeping it makes it the saved design.
  await other.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Keep the shared design' }).click();
  await expect(banner).toHaveCount(0);
  await expect.poll(() => savedText(other)).toContain('"name":"app"');
  await expect.poll(() => containerNames(other)).toEqual(shared);
});

test('a broken share link says why and leaves the saved design intact', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect.poll(() => savedText(page)).toContain('"name":"app"');
  const saved = await savedText(page);

  await page.goto('about:blank');
  await page.goto('/#design=N4IgdghgtgpiBcIDK');
  const notice = page.getByRole('status', { name: 'Notice' });
  await expect(notice).toContainText('The share link could not be opened');
  await expect(notice).toContainText('This link is damaged or incomplete');
  await expect(pod(page).getByRole('group', { name: 'app', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Shared design' })).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe('');
  await page.waitForTimeout(600);
  expect(await savedText(page)).toBe(saved);
});
