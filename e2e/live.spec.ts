import { join as joinPath } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { DESIGN_KEY } from '../src/persist/keys';
import { CORPUS_DIR } from '../src/testing/corpus';
import { expect, test } from './fixtures';
import { ORIGIN } from './origin';

test.describe.configure({ timeout: 120_000 });

function pod(page: Page): Locator {
  return page.getByRole('region', { name: 'Pod', exact: true });
}

function inspector(page: Page): Locator {
  return page.getByRole('region', { name: 'Inspector', exact: true });
}

function livePanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Live session', exact: true });
}

/** The manifest as the page shows it (the plain text stays in step with the editor). */
async function manifestText(page: Page): Promise<string> {
  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  return (await manifest.locator('pre').textContent()) ?? '';
}

function containerNode(page: Page, name: string): Locator {
  return pod(page).getByRole('group', { name, exact: true });
}

/** Where a node is drawn on the canvas, in the diagram's own coordinates. */
function placeOf(node: Locator): Promise<string> {
  return node.evaluate((element) => (element as HTMLElement).style.transform);
}

/** Selects a container and returns the inspector showing it. */
async function select(page: Page, name: string): Promise<Locator> {
  await containerNode(page, name).press('Enter');
  await expect(inspector(page).getByRole('heading', { name: `Container ${name}` })).toBeVisible();
  return inspector(page);
}

/** Types a value into a field of the inspector and applies it with Enter. */
async function commit(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

/** A design of two containers, app and sidecar, then "Share live"; returns the live link. */
async function startSession(page: Page): Promise<string> {
  await page.goto('/');
  const palette = page.getByRole('region', { name: 'Palette', exact: true });
  await palette.getByRole('button', { name: 'Main container', exact: true }).click();
  await palette.getByRole('button', { name: 'Sidecar container', exact: true }).click();
  await expect(containerNode(page, 'sidecar')).toBeVisible();
  await page.getByRole('button', { name: 'Share live', exact: true }).click();
  const panel = livePanel(page);
  await expect(panel.getByRole('status')).toHaveText('Connected', { timeout: 20_000 });
  const link = await panel.getByRole('textbox', { name: 'Live link' }).inputValue();
  expect(link).toMatch(/#live=[\w-]+\.[\w-]{43}$/);
  return link;
}

/** Another person: a browser context of their own, kept to this computer, and its page. */
async function anotherPerson(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.route(
    (url) => url.origin !== ORIGIN,
    (route) => route.abort('blockedbyclient'),
  );
  return { context, page: await context.newPage() };
}

/** Another person: a browser context of their own that opens the link. */
async function join(
  browser: Browser,
  link: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await anotherPerson(browser);
  await page.goto(link);
  await expect(livePanel(page).getByRole('status')).toHaveText('Connected', { timeout: 20_000 });
  await expect(containerNode(page, 'sidecar')).toBeVisible({ timeout: 20_000 });
  return { context, page };
}

test('two people edit one design: each kind of control reaches the other, presence shows who is here', async ({
  page,
  browser,
}) => {
  const link = await startSession(page);
  const other = await join(browser, link);
  const b = other.page;

  // Presence: both are listed; a new name reaches the other.
  await expect(livePanel(b).getByRole('listitem')).toHaveCount(2);
  await livePanel(page).getByRole('textbox', { name: 'Your name' }).fill('Platform Pat');
  await expect(livePanel(b).getByRole('list')).toContainText('Platform Pat');

  // Inspector.
  await commit(
    (await select(page, 'app')).getByRole('textbox', { name: 'Image', exact: true }),
    'nginx:1.28',
  );
  await expect.poll(() => manifestText(b)).toContain('image: nginx:1.28');
  // Canvas: a node nudged with the keyboard lands at the same place for the other.
  const appOnA = containerNode(page, 'app');
  const before = await placeOf(appOnA);
  await appOnA.focus();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(() => placeOf(appOnA)).not.toBe(before);
  const moved = await placeOf(appOnA);
  await expect.poll(() => placeOf(containerNode(b, 'app')), { timeout: 20_000 }).toBe(moved);
  // Palette.
  await b
    .getByRole('region', { name: 'Palette', exact: true })
    .getByRole('button', { name: 'Init container', exact: true })
    .click();
  await expect(containerNode(page, 'init')).toBeVisible({ timeout: 20_000 });
  // Design-wide controls: the sidecar mode and the Kubernetes version.
  await page.getByRole('radio', { name: 'Legacy' }).check();
  await expect(b.getByRole('radio', { name: 'Legacy' })).toBeChecked({ timeout: 20_000 });
  await b.getByRole('combobox', { name: 'Kubernetes version' }).selectOption('1.31');
  await expect(page.getByRole('combobox', { name: 'Kubernetes version' })).toHaveValue('1.31');
  // The manifest text: renaming the init container in the editor. The live panel floats over the
  // lower part of the manifest, so the person hides it first; "Share live" brings it back.
  await expect(b.locator('body')).toHaveAttribute('data-monaco-ready', 'true', { timeout: 30_000 });
  const editor = b.getByRole('region', { name: 'Manifest', exact: true });
  await expect(editor.locator('.view-lines')).toContainText('"target":"1.31"');
  await livePanel(b).getByRole('button', { name: 'Hide', exact: true }).click();
  await expect(livePanel(b)).toHaveCount(0);
  await b.bringToFront();
  await editor
    .locator('.view-line')
    .filter({ hasText: /-\sname:\sinit$/ })
    .click();
  await b.keyboard.press('End');
  // One edit replaces the name, so no half-typed name is ever sent.
  for (let i = 0; i < 4; i += 1) await b.keyboard.press('Shift+ArrowLeft');
  await b.keyboard.insertText('setup');
  await expect(containerNode(b, 'setup')).toBeVisible();
  await expect(containerNode(page, 'setup')).toBeVisible();
  await expect(containerNode(page, 'init')).toHaveCount(0);
  await b.getByRole('button', { name: 'Share live', exact: true }).click();
  await expect(livePanel(b).getByRole('status')).toHaveText('Connected');
  // Rename in the inspector.
  await commit(
    (await select(b, 'sidecar')).getByRole('textbox', { name: 'Name', exact: true }),
    'proxy',
  );
  await expect(containerNode(page, 'proxy')).toBeVisible({ timeout: 20_000 });
  await expect(containerNode(page, 'sidecar')).toHaveCount(0);

  // Leaving keeps the design; the other sees one person left.
  await livePanel(b).getByRole('button', { name: 'Leave session' }).click();
  await expect(livePanel(page).getByRole('listitem')).toHaveCount(1, { timeout: 20_000 });
  await expect(containerNode(b, 'proxy')).toBeVisible();
  await other.context.close();
});

test('simultaneous edits of different containers both survive, simultaneous renames settle on one name', async ({
  page,
  browser,
}) => {
  const link = await startSession(page);
  const { context: contextB, page: b } = await join(browser, link);
  const { context: contextC, page: c } = await join(browser, link);

  // The inspector loads on first use; it is loaded before the network goes.
  await select(b, 'app');
  await select(c, 'app');
  // Offline at once, edit apart, back together: the edits are simultaneous.
  await contextB.setOffline(true);
  await contextC.setOffline(true);
  await expect(livePanel(b).getByRole('status')).toContainText('Offline');
  await commit(
    (await select(b, 'app')).getByRole('textbox', { name: 'Image', exact: true }),
    'caddy:2',
  );
  await commit(
    (await select(c, 'sidecar')).getByRole('textbox', { name: 'Image', exact: true }),
    'envoy:1.31',
  );
  await commit(
    (await select(b, 'sidecar')).getByRole('textbox', { name: 'Name', exact: true }),
    'from-b',
  );
  await commit(
    (await select(c, 'sidecar')).getByRole('textbox', { name: 'Name', exact: true }),
    'from-c',
  );
  await contextB.setOffline(false);
  await contextC.setOffline(false);

  for (const p of [page, b, c]) {
    await expect(livePanel(p).getByRole('status')).toHaveText('Connected', { timeout: 20_000 });
    await expect.poll(() => manifestText(p), { timeout: 20_000 }).toContain('image: caddy:2');
    await expect.poll(() => manifestText(p), { timeout: 20_000 }).toContain('image: envoy:1.31');
  }
  const nameIn = async (p: Page) =>
    (await manifestText(p)).includes('name: from-b')
      ? 'from-b'
      : (await manifestText(p)).includes('name: from-c')
        ? 'from-c'
        : 'none';
  const settled = async () => {
    const names = [await nameIn(page), await nameIn(b), await nameIn(c)];
    return names[0] !== 'none' && names.every((n) => n === names[0]);
  };
  await expect.poll(settled, { timeout: 20_000 }).toBe(true);
  await contextB.close();
  await contextC.close();
});

test('undo takes back one’s own edit only', async ({ page, browser }) => {
  const link = await startSession(page);
  const { context, page: b } = await join(browser, link);
  await commit(
    (await select(page, 'app')).getByRole('textbox', { name: 'Image', exact: true }),
    'nginx:1.28',
  );
  await expect.poll(() => manifestText(b)).toContain('image: nginx:1.28');
  await commit(
    (await select(b, 'sidecar')).getByRole('textbox', { name: 'Image', exact: true }),
    'envoy:1.31',
  );
  await expect.poll(() => manifestText(page)).toContain('image: envoy:1.31');

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  for (const p of [page, b]) {
    await expect.poll(() => manifestText(p)).not.toContain('image: nginx:1.28');
    expect(await manifestText(p)).toContain('image: envoy:1.31');
  }
  await context.close();
});

test('a link with a wrong key shows an error and nothing of the design', async ({
  page,
  browser,
}) => {
  const link = await startSession(page);
  await commit(
    (await select(page, 'app')).getByRole('textbox', { name: 'Name', exact: true }),
    'secret-app',
  );
  const wrongKey = link.replace(/\.[\w-]{43}$/, `.${'A'.repeat(43)}`);
  const context = await browser.newContext();
  const stranger = await context.newPage();
  await stranger.goto(wrongKey);
  await expect(livePanel(stranger).getByRole('alert')).toContainText(
    'key does not open the session',
    {
      timeout: 20_000,
    },
  );
  expect(await manifestText(stranger)).not.toContain('secret-app');
  await expect(containerNode(stranger, 'secret-app')).toHaveCount(0);
  await context.close();
});

test('the frames a browser sends carry no container name, image or YAML text', async ({
  page,
  browser,
}) => {
  const sent: string[] = [];
  page.on('websocket', (socket) => {
    socket.on('framesent', (frame) => {
      sent.push(
        typeof frame.payload === 'string' ? frame.payload : frame.payload.toString('latin1'),
      );
    });
  });
  const link = await startSession(page);
  await commit(
    (await select(page, 'app')).getByRole('textbox', { name: 'Image', exact: true }),
    'registry.example/confidential:9',
  );
  const { context, page: b } = await join(browser, link);
  await expect.poll(() => manifestText(b)).toContain('confidential:9');
  expect(sent.length).toBeGreaterThan(0);
  const wire = sent.join('\n');
  for (const secret of [
    'confidential',
    'sidecar',
    'nginx',
    'busybox',
    'containers:',
    'apiVersion',
    'Pod',
  ]) {
    expect(wire).not.toContain(secret);
  }
  await context.close();
});

test('joining keeps my own design saved as it is, and leaving brings it back', async ({
  page,
  browser,
}) => {
  const link = await startSession(page);
  const { context, page: mine } = await anotherPerson(browser);
  await mine.goto('/');
  await mine
    .getByRole('region', { name: 'Palette', exact: true })
    .getByRole('button', { name: 'Main container', exact: true })
    .click();
  const name = (await select(mine, 'app')).getByRole('textbox', { name: 'Name', exact: true });
  await commit(name, 'my-own-app');
  await expect(containerNode(mine, 'my-own-app')).toBeVisible();
  const saved = () => mine.evaluate((key) => localStorage.getItem(key) ?? '', DESIGN_KEY);
  await expect.poll(saved).toContain('my-own-app');

  await mine.goto(link);
  await expect(livePanel(mine).getByRole('status')).toHaveText('Connected', { timeout: 20_000 });
  await expect(containerNode(mine, 'sidecar')).toBeVisible({ timeout: 20_000 });
  await expect(containerNode(mine, 'my-own-app')).toHaveCount(0);
  // An edit in the session reaches the other person, and is not saved over my own design.
  await commit(
    (await select(mine, 'sidecar')).getByRole('textbox', { name: 'Name', exact: true }),
    'shared-proxy',
  );
  await expect(containerNode(page, 'shared-proxy')).toBeVisible({ timeout: 20_000 });
  expect(await saved()).toContain('my-own-app');
  expect(await saved()).not.toContain('shared-proxy');

  await livePanel(mine).getByRole('button', { name: 'Leave session', exact: true }).click();
  await expect(containerNode(mine, 'my-own-app')).toBeVisible();
  await expect(containerNode(mine, 'shared-proxy')).toHaveCount(0);
  await expect(
    mine.getByText('You left the live session and are back to your own design.'),
  ).toBeVisible();
  await mine.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(containerNode(mine, 'shared-proxy')).toBeVisible();
  await mine.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(containerNode(mine, 'my-own-app')).toBeVisible();
  await mine.reload();
  await expect(containerNode(mine, 'my-own-app')).toBeVisible();
  await context.close();
});

test('a session shares the open file: each person sees its workloads, and a switch reaches the other', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(joinPath(CORPUS_DIR, 'istio/hello-multi.yaml.injected'));
  const picker = page.getByRole('dialog', { name: 'Which workload do you want to open?' });
  await picker.getByRole('button', { name: 'Deployment hello-v2', exact: true }).click();
  await expect(pod(page).getByRole('group', { name: 'Deployment hello-v2' })).toBeVisible();
  const notes = page.getByRole('dialog', { name: 'Import notes' });
  if (await notes.isVisible()) await notes.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Share live', exact: true }).click();
  await expect(livePanel(page).getByRole('status')).toHaveText('Connected', { timeout: 20_000 });
  const link = await livePanel(page).getByRole('textbox', { name: 'Live link' }).inputValue();

  const { context, page: other } = await anotherPerson(browser);
  await other.goto(link);
  await expect(pod(other).getByRole('group', { name: 'Deployment hello-v2' })).toBeVisible({
    timeout: 20_000,
  });
  const header = other.getByRole('banner');
  await expect(header).toContainText('hello-multi.yaml.injected');
  const workload = (p: Page) =>
    p.getByRole('banner').getByRole('combobox', { name: 'Workload', exact: true });
  await expect(workload(other).getByRole('option')).toHaveText([
    'Deployment hello-v1',
    'Deployment hello-v2',
  ]);

  // One person moves to the other workload; so does the other's canvas.
  await workload(page).selectOption({ label: 'Deployment hello-v1' });
  await expect(pod(other).getByRole('group', { name: 'Deployment hello-v1' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(workload(other)).toHaveValue('0');
  // And back, from the other side.
  await workload(other).selectOption({ label: 'Deployment hello-v2' });
  await expect(pod(page).getByRole('group', { name: 'Deployment hello-v2' })).toBeVisible({
    timeout: 20_000,
  });
  await context.close();
});
