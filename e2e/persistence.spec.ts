import type { Locator, Page } from '@playwright/test';
import { starterDesign } from '../src/model/create';
import { createEnvelope, serialiseEnvelope } from '../src/persist/envelope';
import { DESIGN_KEY, SET_ASIDE_KEY } from '../src/persist/keys';
import { expect, test } from './fixtures';

/** Puts `text` in the page's saved state before its first load (not again on reload). */
async function seedSavedState(page: Page, text: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('e2e-seeded') !== null) return;
      sessionStorage.setItem('e2e-seeded', 'yes');
      localStorage.setItem(key, value);
    },
    [DESIGN_KEY, text] as const,
  );
}

function starterEnvelope(): string {
  return serialiseEnvelope(
    createEnvelope(starterDesign(), { tabId: 'seed', revision: 1 }, new Date('2025-01-01')),
  );
}

function containerNode(page: Page, name: string): Locator {
  return page
    .getByRole('region', { name: 'Pod', exact: true })
    .getByRole('group', { name, exact: true });
}

/** Where the canvas draws a node, in the pod's own coordinates. */
function placeOf(node: Locator): Promise<string> {
  return node.evaluate((element) => (element as HTMLElement).style.transform);
}

async function drag(page: Page, node: Locator, dx: number, dy: number): Promise<void> {
  const box = await node.boundingBox();
  if (box === null) throw new Error('the node is not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 12 });
  await page.mouse.up();
}

function savedText(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), DESIGN_KEY);
}

test('a reload keeps the design, including where a node was dragged', async ({ page }) => {
  await seedSavedState(page, starterEnvelope());
  await page.goto('/');
  const app = containerNode(page, 'app');
  await expect(app).toBeVisible();
  await expect(page.getByRole('status', { name: 'Notice' })).toBeEmpty();
  const start = await placeOf(app);

  const seeded = await savedText(page);
  await drag(page, app, 90, 40);
  await expect.poll(() => placeOf(app)).not.toBe(start);
  const moved = await placeOf(app);
  await expect.poll(() => savedText(page)).not.toBe(seeded);

  await page.reload();
  await expect(containerNode(page, 'app')).toBeVisible();
  await expect(containerNode(page, 'log-shipper')).toBeVisible();
  expect(await placeOf(containerNode(page, 'app'))).toBe(moved);
  const saved = JSON.parse((await savedText(page)) ?? '{}') as Record<string, unknown>;
  expect(saved).toMatchObject({ app: 'sidecar-studio', version: 1, revision: 2 });
});

test('a design saved by an older version, without an envelope, still opens', async ({ page }) => {
  await seedSavedState(page, JSON.stringify(starterDesign()));
  await page.goto('/');
  await expect(containerNode(page, 'app')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Manifest', exact: true })).toContainText(
    'kind: Deployment',
  );
});

test('damaged saved state is set aside, said so, and the page starts empty', async ({ page }) => {
  const damaged = '{"app":"sidecar-studio","version":1,"design":{"kind":';
  await seedSavedState(page, damaged);
  await page.goto('/');

  const notice = page.getByRole('status', { name: 'Notice' });
  await expect(notice).toContainText('Your saved design could not be opened');
  await expect(notice).toContainText(SET_ASIDE_KEY);
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  await expect(pod.getByRole('group', { name: 'Pod my-pod', exact: true })).toBeVisible();
  await expect(pod).toContainText('This pod has no containers yet.');
  expect(await page.evaluate((key) => localStorage.getItem(key), SET_ASIDE_KEY)).toBe(damaged);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeEmpty();
  await page.reload();
  expect(await page.evaluate((key) => localStorage.getItem(key), SET_ASIDE_KEY)).toBe(damaged);
});

test('a newer save in another tab is not overwritten; this tab offers to load it', async ({
  page,
  context,
}) => {
  await seedSavedState(page, starterEnvelope());
  await page.goto('/');
  const other = await context.newPage();
  await other.goto('/');
  const otherApp = containerNode(other, 'app');
  await expect(otherApp).toBeVisible();
  await expect(containerNode(page, 'app')).toBeVisible();

  await drag(other, otherApp, 90, 40);
  const movedThere = await placeOf(otherApp);
  await expect.poll(() => savedText(other)).toContain('"revision":2');

  const notice = page.getByRole('status', { name: 'Notice' });
  await expect(notice).toContainText('Another tab saved a newer version of this design');
  await expect(notice.getByRole('button', { name: 'Keep this design' })).toBeVisible();
  await notice.getByRole('button', { name: 'Load the newer design' }).click();
  await expect(notice).toBeEmpty();
  await expect.poll(() => placeOf(containerNode(page, 'app'))).toBe(movedThere);
  await other.close();
});
