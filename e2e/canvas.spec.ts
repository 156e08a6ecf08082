import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { starterDesign } from '../src/model/create';
import { addContainer, addVolume, updateContainerSpec } from '../src/model/ops';
import type { Design } from '../src/model/types';
import { createEnvelope, serialiseEnvelope } from '../src/persist/envelope';
import { DESIGN_KEY } from '../src/persist/keys';
import { expect, test } from './fixtures';

/** Opens the page with `design` saved, as if the person had left it there. */
async function openWith(page: Page, design: Design): Promise<void> {
  const text = serialiseEnvelope(
    createEnvelope(design, { tabId: 'seed', revision: 1 }, new Date('2025-01-01')),
  );
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('e2e-seeded') !== null) return;
      sessionStorage.setItem('e2e-seeded', 'yes');
      localStorage.setItem(key, value);
    },
    [DESIGN_KEY, text] as const,
  );
  await page.goto('/');
  await expect(pod(page).getByRole('group', { name: 'app', exact: true })).toBeVisible();
}

/** The starter design (app, log-shipper, logs) with a volume "data" and a container "cache". */
function withCacheAndData(cachePort: number): Design {
  let design = starterDesign();
  design = addVolume(design, 'emptyDir', { name: 'data', position: { x: 520, y: 320 } });
  design = addContainer(design, 'main', {
    name: 'cache',
    image: 'redis:7',
    position: { x: 700, y: 120 },
  });
  return updateContainerSpec(design, 'cache', { ports: [{ containerPort: cachePort }] });
}

function pod(page: Page): Locator {
  return page.getByRole('region', { name: 'Pod', exact: true });
}

function node(page: Page, name: string): Locator {
  return pod(page).getByRole('group', { name, exact: true });
}

function manifestText(page: Page): Promise<string> {
  return page
    .getByRole('region', { name: 'Manifest', exact: true })
    .locator('pre')
    .evaluate((element) => element.textContent ?? '');
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from the connection dot of container `from` onto the node `onto`. */
async function connect(page: Page, from: string, onto: Locator): Promise<void> {
  const start = await centreOf(node(page, from).locator('.studio-handle-connect'));
  const end = await centreOf(onto);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 15 });
  await page.mouse.up();
}

function placeOf(locator: Locator): Promise<string> {
  return locator.evaluate((element) => (element as HTMLElement).style.transform);
}

test('dragging from a container onto a volume mounts it, at the path the dialog asks for', async ({
  page,
}) => {
  await openWith(page, withCacheAndData(6379));
  await connect(page, 'app', node(page, 'Volume data'));

  const dialog = page.getByRole('dialog', { name: 'Mount data into app' });
  await expect(dialog).toBeVisible();
  const path = dialog.getByRole('textbox', { name: 'Mount path' });
  await expect(path).toHaveValue('/mnt/data');
  await expect(path).toBeFocused();

  await path.fill('srv/data');
  await path.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('must be absolute');
  await expect(path).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: '/tmp/canvas-dialog.png' });
  const problems = await new AxeBuilder({ page }).analyze();
  expect(
    problems.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);

  await path.fill('/srv/data');
  await dialog.getByRole('checkbox', { name: 'Read-only' }).check();
  await path.press('Enter');
  await expect(dialog).toBeHidden();

  await expect.poll(() => manifestText(page)).toContain('mountPath: /srv/data');
  await expect(
    pod(page).getByRole('img', { name: 'app mounts data at /srv/data, read-only', exact: true }),
  ).toBeAttached();
  await expect(pod(page).getByText('/srv/data (read-only)')).toBeVisible();
});

test('Escape closes the connect dialog without changing the design', async ({ page }) => {
  await openWith(page, withCacheAndData(6379));
  await expect.poll(() => manifestText(page)).toContain('name: cache');
  const before = await manifestText(page);
  await connect(page, 'app', node(page, 'Volume data'));
  const dialog = page.getByRole('dialog', { name: 'Mount data into app' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await manifestText(page)).toBe(before);
});

test('dragging from one container onto another links them on the chosen port', async ({ page }) => {
  await openWith(page, withCacheAndData(6379));
  await connect(page, 'app', node(page, 'cache'));

  const dialog = page.getByRole('dialog', { name: 'app talks to cache' });
  await expect(dialog).toBeVisible();
  const port = dialog.getByRole('combobox', { name: 'Port on localhost' });
  await expect(port).toHaveValue('6379');
  await expect(dialog).toContainText('cache declares port 6379');

  await port.fill('99999');
  await port.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(
    'A port must be a whole number from 1 to 65535.',
  );
  await port.fill('6379');
  await port.press('Enter');
  await expect(dialog).toBeHidden();

  await expect(
    pod(page).getByRole('img', { name: 'app talks to cache on localhost:6379', exact: true }),
  ).toBeAttached();
  await expect(pod(page).getByText('localhost:6379', { exact: true })).toBeVisible();
  await page.screenshot({ path: '/tmp/canvas.png' });
});

test('two containers declaring the same port show a port collision warning', async ({ page }) => {
  let design = withCacheAndData(8080);
  design = updateContainerSpec(design, 'app', { ports: [{ containerPort: 8080 }] });
  await openWith(page, design);
  const warnings = page.getByRole('list', { name: 'Warnings', exact: true });
  const collision = warnings.getByRole('listitem').filter({ hasText: 'net/port-collision' });
  await expect(collision).toHaveCount(1);

  // Showing the warning's container brings it into view, and focus stays in the list.
  const canvas = pod(page).locator('.react-flow');
  const pane = await canvas.boundingBox();
  if (pane === null) throw new Error('no canvas');
  await page.mouse.move(pane.x + pane.width - 20, pane.y + 20);
  await page.mouse.down();
  await page.mouse.move(pane.x + 20, pane.y + pane.height - 20, { steps: 10 });
  await page.mouse.up();
  const show = collision.getByRole('button', { name: /^net\/port-collision\s*, show / });
  const name = ((await show.textContent()) ?? '').replace(/^.*, show /, '');
  await expect.poll(() => inView(canvas, node(page, name))).toBe(false);
  await show.click();
  await expect.poll(() => inView(canvas, node(page, name))).toBe(true);
  await expect(show).toBeFocused();
});

async function inView(canvas: Locator, target: Locator): Promise<boolean> {
  const outer = await canvas.boundingBox();
  const inner = await target.boundingBox();
  if (outer === null || inner === null) return false;
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

test('Escape during a drag puts the node back and leaves no undo step', async ({ page }) => {
  await openWith(page, starterDesign());
  const app = node(page, 'app');
  const start = await placeOf(app);

  // A real drag first, so that there is a step to undo afterwards.
  let from = await centreOf(app);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 30, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => placeOf(app)).not.toBe(start);
  const moved = await placeOf(app);

  from = await centreOf(app);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 80, from.y + 50, { steps: 10 });
  await expect.poll(() => placeOf(app)).not.toBe(moved);
  await page.keyboard.press('Escape');
  await expect.poll(() => placeOf(app)).toBe(moved);
  await page.mouse.move(from.x + 120, from.y + 70, { steps: 5 });
  await page.mouse.up();
  expect(await placeOf(app)).toBe(moved);

  // The only step is the first drag: one undo goes back to where the node started.
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => placeOf(app)).toBe(start);
  await page.keyboard.press('ControlOrMeta+z');
  expect(await placeOf(app)).toBe(start);
});

test('the keyboard visits, selects, nudges and removes nodes', async ({ page }) => {
  await openWith(page, starterDesign());
  const podNode = pod(page).getByRole('group', { name: 'Deployment web', exact: true });
  const app = node(page, 'app');
  await podNode.focus();
  await page.keyboard.press('Tab');
  await expect(app).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(node(page, 'log-shipper')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(node(page, 'Volume logs')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(app).toBeFocused();

  await page.keyboard.press('Enter');
  const inspector = page.getByRole('region', { name: 'Inspector', exact: true });
  await expect(inspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('app');

  const start = await placeOf(app);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => placeOf(app)).not.toBe(start);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => placeOf(app)).toBe(start);

  await expect(app).toBeFocused();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: 'Remove the container app?' });
  await expect(confirm).toContainText('its mount');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(confirm).toBeHidden();
  await expect(app).toBeVisible();
  await expect(app).toBeFocused();

  await page.keyboard.press('Delete');
  await confirm.getByRole('button', { name: 'Remove container' }).click();
  await expect(app).toHaveCount(0);
  await expect.poll(() => manifestText(page)).not.toContain('image: nginx:1.27');
});
