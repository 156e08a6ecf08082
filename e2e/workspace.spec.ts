import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const splitter = (page: Page, name: string) =>
  page.getByRole('separator', { name: `Resize ${name}`, exact: true });

async function width(page: Page, selector: string): Promise<number> {
  return (await page.locator(selector).boundingBox())?.width ?? 0;
}

test('the canvas is the largest pane, and the side panes resize and hide, remembered on reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  const canvas = page.getByRole('region', { name: 'Pod', exact: true });
  await expect(canvas).toBeVisible();
  expect(await width(page, '.pane--canvas')).toBeGreaterThanOrEqual(640);
  const scroll = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
  }));
  expect(scroll).toEqual({ height: 720, width: 1280 });

  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  const before = await width(page, '#pane-manifest');
  await splitter(page, 'the manifest').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => width(page, '#pane-manifest')).toBeCloseTo(before + 48, 0);

  await page.getByRole('button', { name: 'Hide the inspector and warnings' }).click();
  await expect(page.getByRole('region', { name: 'Inspector', exact: true })).toBeHidden();
  await splitter(page, 'the manifest').press('Enter');
  await expect(manifest).toBeHidden();
  expect(await width(page, '.pane--canvas')).toBeGreaterThan(1100);

  await page.reload();
  await expect(canvas).toBeVisible();
  await expect(manifest).toBeHidden();
  await expect(page.getByRole('region', { name: 'Inspector', exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Show the manifest' }).click();
  await expect(manifest).toBeVisible();
  await expect.poll(() => width(page, '#pane-manifest')).toBeCloseTo(before + 48, 0);
});

test('at 768 pixels the page stacks its panes and no control covers another', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Pod', exact: true })).toBeVisible();
  const boxes = await page
    .locator('header button, header select, header label, header p, header h1, .pane__header > *')
    .evaluateAll((elements) =>
      elements
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => {
          const { x, y, width, height } = e.getBoundingClientRect();
          return { x, y, width, height, what: e.textContent?.trim().slice(0, 30) ?? '' };
        }),
    );
  const overlapping: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const contains =
        (a.x <= b.x &&
          a.y <= b.y &&
          a.x + a.width >= b.x + b.width &&
          a.y + a.height >= b.y + b.height) ||
        (b.x <= a.x &&
          b.y <= a.y &&
          b.x + b.width >= a.x + a.width &&
          b.y + b.height >= a.y + a.height);
      const overlap =
        a.x < b.x + b.width - 1 &&
        b.x < a.x + a.width - 1 &&
        a.y < b.y + b.height - 1 &&
        b.y < a.y + a.height - 1;
      if (overlap && !contains) overlapping.push(`${a.what} / ${b.what}`);
    }
  });
  expect(overlapping).toEqual([]);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(768);
});
