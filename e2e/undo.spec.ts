import type { Locator, Page } from '@playwright/test';
import { starterDesign } from '../src/model/create';
import { createEnvelope, serialiseEnvelope } from '../src/persist/envelope';
import { DESIGN_KEY } from '../src/persist/keys';
import { expect, test } from './fixtures';

/** Opens the page with the starter design saved (a Deployment with "app" and "log-shipper"). */
async function openStarter(page: Page): Promise<void> {
  const text = serialiseEnvelope(
    createEnvelope(starterDesign(), { tabId: 'seed', revision: 1 }, new Date('2025-01-01')),
  );
  await page.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [DESIGN_KEY, text] as const,
  );
  await page.goto('/');
}

function appNode(page: Page): Locator {
  return page
    .getByRole('region', { name: 'Pod', exact: true })
    .getByRole('group', { name: 'app', exact: true });
}

function placeOf(node: Locator): Promise<string> {
  return node.evaluate((element) => (element as HTMLElement).style.transform);
}

/** Drags the "app" node by (90, 40) and gives back where it was and where it landed. */
async function dragApp(page: Page): Promise<{ start: string; moved: string }> {
  const node = appNode(page);
  await expect(node).toBeVisible();
  const start = await placeOf(node);
  const box = await node.boundingBox();
  if (box === null) throw new Error('the node is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 90, box.y + box.height / 2 + 40, { steps: 12 });
  await page.mouse.up();
  await expect.poll(() => placeOf(node)).not.toBe(start);
  return { start, moved: await placeOf(node) };
}

test('a drag is undone and redone by keyboard, in one step', async ({ page }) => {
  await openStarter(page);
  const { start, moved } = await dragApp(page);
  const node = appNode(page);

  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => placeOf(node)).toBe(start);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect.poll(() => placeOf(node)).toBe(moved);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => placeOf(node)).toBe(start);
  await page.keyboard.press('Control+y');
  await expect.poll(() => placeOf(node)).toBe(moved);
});

test('in the manifest editor the keys belong to the editor, not to the design', async ({
  page,
}) => {
  await openStarter(page);
  await expect(page.locator('body')).toHaveAttribute('data-monaco-ready', 'true');
  const { moved } = await dragApp(page);

  await page
    .getByRole('region', { name: 'Manifest', exact: true })
    .getByRole('textbox', { name: 'Manifest YAML' })
    .focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(appNode(page)).toBeVisible();
  expect(await placeOf(appNode(page))).toBe(moved);
});
