import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const RULE = 'job/legacy-sidecar-never-completes';

function region(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

function node(page: Page, name: string): Locator {
  return region(page, 'Pod').getByRole('group', { name, exact: true });
}

/** The manifest as the page holds it (the plain text stays in step with the editor). */
function manifestText(page: Page): Promise<string> {
  return region(page, 'Manifest')
    .locator('pre')
    .evaluate((element) => element.textContent ?? '');
}

/** The lines of the manifest from `key:` to the next key at the same indentation. */
function block(text: string, key: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === `${key}:`);
  if (start < 0) return '';
  const indent = (lines[start] ?? '').search(/\S/);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.trim() !== '' && line.search(/\S/) <= indent);
  return rest.slice(0, end < 0 ? rest.length : end).join('\n');
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags a palette entry with the mouse and lets go at `to` on the canvas. The browser carries the
 * entry in a drag of its own, as it does for a person.
 */
async function dragFromPalette(page: Page, entry: Locator, to: { x: number; y: number }) {
  const from = await centreOf(entry);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

async function rename(inspector: Locator, from: string, to: string): Promise<void> {
  await expect(inspector.getByRole('heading', { name: `Container ${from}` })).toBeVisible();
  const field = inspector.getByRole('textbox', { name: 'Name', exact: true });
  await field.fill(to);
  await field.press('Enter');
  await expect(inspector.getByRole('heading', { name: `Container ${to}` })).toBeVisible();
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

/** Answers the mount dialog that a connection opened. */
async function answerMount(page: Page, title: string, path: string, readOnly: boolean) {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('textbox', { name: 'Mount path' });
  await expect(field).toBeFocused();
  await field.fill(path);
  if (readOnly) await dialog.getByRole('checkbox', { name: 'Read-only' }).check();
  await dialog.getByRole('button', { name: 'Mount', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('drag a main container and a sidecar into the pod, share a volume, read the native sidecar', async ({
  page,
}) => {
  await page.goto('/');
  const palette = region(page, 'Palette');
  const inspector = region(page, 'Inspector');
  await expect(region(page, 'Pod')).toContainText('This pod has no containers yet.');

  await page.screenshot({ path: '/tmp/journey-empty-pod.png' });

  const pod = await region(page, 'Pod').locator('.react-flow__node-pod').boundingBox();
  if (pod === null) throw new Error('the pod is not on screen');
  await dragFromPalette(
    page,
    palette.getByRole('button', { name: 'Main container', exact: true }),
    {
      x: pod.x + pod.width * 0.3,
      y: pod.y + pod.height * 0.6,
    },
  );
  await expect(node(page, 'app')).toBeVisible();
  await rename(inspector, 'app', 'shop');

  // The sidecar goes to the right of the main container.
  const shop = await node(page, 'shop').boundingBox();
  if (shop === null) throw new Error('shop is not on screen');
  await dragFromPalette(
    page,
    palette.getByRole('button', { name: 'Sidecar container', exact: true }),
    { x: shop.x + shop.width * 1.8, y: shop.y + shop.height / 2 },
  );
  await rename(inspector, 'sidecar', 'log-agent');

  await palette.getByRole('button', { name: 'Volume', exact: true }).click();
  await page.getByRole('menuitem', { name: 'emptyDir' }).click();
  await expect(inspector.getByRole('heading', { name: 'Volume data' })).toBeVisible();
  const volume = node(page, 'Volume data');
  await expect(volume).toBeVisible();

  await connect(page, 'shop', volume);
  await answerMount(page, 'Mount data into shop', '/var/log/shop', false);
  await connect(page, 'log-agent', volume);
  await answerMount(page, 'Mount data into log-agent', '/var/log/shop', true);
  await expect(
    region(page, 'Pod').getByRole('img', {
      name: 'log-agent mounts data at /var/log/shop, read-only',
      exact: true,
    }),
  ).toBeAttached();

  await expect.poll(async () => block(await manifestText(page), 'initContainers')).not.toBe('');
  const text = await manifestText(page);
  const init = block(text, 'initContainers');
  expect(init).toContain('name: log-agent');
  expect(init).toContain('restartPolicy: Always');
  expect(init).toContain('mountPath: /var/log/shop');
  expect(init).toContain('readOnly: true');
  const main = block(text, 'containers');
  expect(main).toContain('name: shop');
  expect(main).not.toContain('restartPolicy');
  expect(block(text, 'volumes')).toContain('emptyDir: {}');
  await page.screenshot({ path: '/tmp/journey-drag.png' });
});

function placeOf(locator: Locator): Promise<string> {
  return locator.evaluate((element) => (element as HTMLElement).style.transform);
}

/** The text of the editor lines on screen now. */
function visibleEditorLines(manifest: Locator): Promise<string[]> {
  return manifest.locator('.view-lines').evaluate((root) => {
    const area = root.closest('.monaco-scrollable-element')?.getBoundingClientRect();
    return [...root.querySelectorAll<HTMLElement>('.view-line')]
      .filter((line) => {
        const box = line.getBoundingClientRect();
        return area !== undefined && box.top >= area.top && box.bottom <= area.bottom;
      })
      .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '));
  });
}

/** The text of the editor line marked as just revealed, if one is. */
function revealedLine(manifest: Locator): Promise<string | null> {
  return manifest.locator('.monaco-editor').evaluate((editor) => {
    const mark = editor.querySelector<HTMLElement>('.manifest-revealed-line');
    const row = mark?.parentElement;
    if (!row) return null;
    const line = [...editor.querySelectorAll<HTMLElement>('.view-line')].find(
      (candidate) => candidate.style.top === row.style.top,
    );
    return line ? (line.textContent ?? '').replace(/\u00a0/g, ' ') : null;
  });
}

test('undo and redo with the toolbar across a drag, a fix and a YAML edit; a finding shows its line', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-monaco-ready', 'true');
  await region(page, 'Pod').getByRole('button', { name: 'Start from an example' }).click();
  await expect(node(page, 'app')).toBeVisible();
  await page.getByRole('combobox', { name: 'Workload kind', exact: true }).selectOption('Job');
  await page
    .getByRole('radiogroup', { name: 'Sidecar mode', exact: true })
    .getByRole('radio', { name: 'Legacy' })
    .check();
  const manifest = region(page, 'Manifest');
  const warnings = page.getByRole('list', { name: 'Warnings', exact: true });
  const finding = warnings.getByRole('listitem').filter({ hasText: RULE });
  await expect(finding).toHaveCount(1);

  // On a small screen the finding's line is out of sight until the finding is picked; focus
  // stays in Warnings.
  await page.setViewportSize({ width: 1280, height: 540 });
  await manifest.locator('.monaco-editor').hover();
  await page.mouse.wheel(0, -2000);
  const sidecarLine = /^\s*- name: log-shipper$/;
  await expect
    .poll(async () => (await visibleEditorLines(manifest)).some((l) => sidecarLine.test(l)))
    .toBe(false);
  const show = finding.getByRole('button', { name: new RegExp(`^${RULE}\\s*, show `) });
  await show.click();
  await expect
    .poll(async () => (await visibleEditorLines(manifest)).some((l) => sidecarLine.test(l)))
    .toBe(true);
  await expect.poll(() => revealedLine(manifest)).toMatch(sidecarLine);
  await expect(show).toBeFocused();
  await expect(node(page, 'log-shipper')).toHaveClass(/selected/);
  await page.screenshot({ path: '/tmp/journey-reveal.png' });
  await page.setViewportSize({ width: 1280, height: 720 });

  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  const app = node(page, 'app');

  // 1. Drag the app container.
  const start = await placeOf(app);
  const from = await centreOf(app);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 110, { steps: 12 });
  await page.mouse.up();
  await expect.poll(() => placeOf(app)).not.toBe(start);
  const moved = await placeOf(app);

  // 2. The one-click fix: the log shipper becomes a native sidecar.
  await finding.getByRole('button', { name: /^Fix/ }).click();
  await expect(finding).toHaveCount(0);
  await expect
    .poll(async () => block(await manifestText(page), 'initContainers'))
    .toContain('name: log-shipper');

  // 3. A YAML edit: a newer image for the app.
  await manifest
    .locator('.view-line')
    .filter({ hasText: /image:\snginx:1\.27$/ })
    .click();
  await page.keyboard.press('End');
  // One edit replaces the last digit, so a slow machine cannot split it into two undo steps.
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.insertText('8');
  await expect(app).toContainText('nginx:1.28');

  const states = {
    edited: async () => {
      await expect(app).toContainText('nginx:1.28');
      await expect(finding).toHaveCount(0);
      expect(await placeOf(app)).toBe(moved);
    },
    fixed: async () => {
      await expect(app).toContainText('nginx:1.27');
      await expect.poll(() => manifestText(page)).toContain('restartPolicy: Always');
      await expect(finding).toHaveCount(0);
      expect(await placeOf(app)).toBe(moved);
    },
    moved: async () => {
      await expect(finding).toHaveCount(1);
      await expect.poll(() => manifestText(page)).not.toContain('initContainers:');
      await expect(app).toContainText('nginx:1.27');
      await expect.poll(() => placeOf(app)).toBe(moved);
    },
    start: async () => {
      await expect.poll(() => placeOf(app)).toBe(start);
      await expect(finding).toHaveCount(1);
      await expect(app).toContainText('nginx:1.27');
    },
  };

  await states.edited();
  await undo.click();
  await states.fixed();
  await undo.click();
  await states.moved();
  await undo.click();
  await states.start();
  await expect(redo).toBeEnabled();

  await redo.click();
  await states.moved();
  await redo.click();
  await states.fixed();
  await redo.click();
  await states.edited();
  await expect(redo).toBeDisabled();
  await expect(
    manifest.locator('.view-line').filter({ hasText: /image:\snginx:1\.28$/ }),
  ).toHaveCount(1);
  await page.screenshot({ path: '/tmp/journey-undo.png' });
});
