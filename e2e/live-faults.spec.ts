import { type ChildProcess, spawn } from 'node:child_process';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 150_000 });

/** A port of its own, so that this test can stop and start the server as it likes. */
const PORT = Number(process.env.LIVE_FAULTS_PORT ?? 4270);
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** Starts the server `npm start` runs (the page and the relay) and waits until it answers. */
async function startServer(): Promise<ChildProcess> {
  // One process (no npx or tsx wrapper in between), so that stopping it stops the server.
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: 'ignore',
  });
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${ORIGIN}/`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 60_000 },
    )
    .toBe(200);
  return server;
}

async function stopServer(server: ChildProcess): Promise<void> {
  const exited = new Promise((done) => server.once('exit', done));
  server.kill('SIGTERM');
  await exited;
}

const livePanel = (page: Page): Locator =>
  page.getByRole('region', { name: 'Live session', exact: true });
const status = (page: Page) => livePanel(page).getByRole('status');
const node = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Pod', exact: true }).getByRole('group', { name, exact: true });

async function manifestText(page: Page): Promise<string> {
  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  return (await manifest.locator('pre').textContent()) ?? '';
}

async function setImage(page: Page, container: string, image: string): Promise<void> {
  await node(page, container).press('Enter');
  const field = page
    .getByRole('region', { name: 'Inspector', exact: true })
    .getByRole('textbox', { name: 'Image', exact: true });
  await field.fill(image);
  await field.press('Enter');
}

async function person(
  browser: Browser,
  url: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

/**
 * Two people in one session: the first adds `containers` from the palette and shares the design
 * live, the second opens the link and sees the container named `shown`.
 */
async function twoInASession(
  browser: Browser,
  containers: readonly string[],
  shown: string,
): Promise<{
  a: { context: BrowserContext; page: Page };
  b: { context: BrowserContext; page: Page };
}> {
  const a = await person(browser, `${ORIGIN}/`);
  const palette = a.page.getByRole('region', { name: 'Palette', exact: true });
  for (const button of containers) {
    await palette.getByRole('button', { name: button, exact: true }).click();
  }
  await a.page.getByRole('button', { name: 'Share live', exact: true }).click();
  await expect(status(a.page)).toHaveText('Connected', { timeout: 20_000 });
  const link = await livePanel(a.page).getByRole('textbox', { name: 'Live link' }).inputValue();
  const b = await person(browser, link);
  await expect(node(b.page, shown)).toBeVisible({ timeout: 20_000 });
  return { a, b };
}

test('the relay restarted mid-session: edits made meanwhile arrive, nothing is lost', async ({
  browser,
}) => {
  let server = await startServer();
  try {
    const { a, b } = await twoInASession(
      browser,
      ['Main container', 'Sidecar container'],
      'sidecar',
    );

    // The inspector loads on first use; it is loaded while the server is there.
    await setImage(a.page, 'app', 'nginx:1.27');
    await setImage(b.page, 'sidecar', 'busybox:1.36');
    await stopServer(server);
    await expect(status(a.page)).not.toHaveText('Connected', { timeout: 20_000 });
    await setImage(a.page, 'app', 'caddy:2');
    await setImage(b.page, 'sidecar', 'envoy:1.31');
    server = await startServer();

    for (const page of [a.page, b.page]) {
      await expect(status(page)).toHaveText('Connected', { timeout: 30_000 });
      await expect.poll(() => manifestText(page), { timeout: 20_000 }).toContain('image: caddy:2');
      await expect
        .poll(() => manifestText(page), { timeout: 20_000 })
        .toContain('image: envoy:1.31');
    }
    await a.context.close();
    await b.context.close();
  } finally {
    await stopServer(server);
  }
});

test('a person offline for a while keeps editing and merges on return', async ({ browser }) => {
  const server = await startServer();
  try {
    const { a, b } = await twoInASession(browser, ['Main container'], 'app');

    // The inspector loads on first use; it is loaded before the network goes.
    await setImage(b.page, 'app', 'nginx:1.27');
    await b.context.setOffline(true);
    await expect(status(b.page)).toContainText('Offline');
    const bPalette = b.page.getByRole('region', { name: 'Palette', exact: true });
    await bPalette.getByRole('button', { name: 'Init container', exact: true }).click();
    await setImage(b.page, 'init', 'alpine:3.20');
    await setImage(a.page, 'app', 'nginx:1.28');
    await expect(node(a.page, 'init')).toHaveCount(0);

    await b.context.setOffline(false);
    await expect(status(b.page)).toHaveText('Connected', { timeout: 30_000 });
    for (const page of [a.page, b.page]) {
      await expect(node(page, 'init')).toBeVisible({ timeout: 20_000 });
      await expect
        .poll(() => manifestText(page), { timeout: 20_000 })
        .toContain('image: alpine:3.20');
      await expect
        .poll(() => manifestText(page), { timeout: 20_000 })
        .toContain('image: nginx:1.28');
    }
    await a.context.close();
    await b.context.close();
  } finally {
    await stopServer(server);
  }
});

test('edits made offline survive a reload, and merge when the connection returns', async ({
  browser,
}) => {
  const server = await startServer();
  try {
    const { a, b } = await twoInASession(browser, ['Main container'], 'app');
    // The page opens offline once its service worker keeps it.
    await expect
      .poll(() => b.page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);

    await b.context.setOffline(true);
    await expect(status(b.page)).toContainText('Offline');
    await b.page
      .getByRole('region', { name: 'Palette', exact: true })
      .getByRole('button', { name: 'Init container', exact: true })
      .click();
    await expect(node(b.page, 'init')).toBeVisible();
    await b.page.reload();
    // Still offline: the session's design comes back from this browser's own copy.
    await expect(node(b.page, 'init')).toBeVisible({ timeout: 20_000 });
    await expect(node(b.page, 'app')).toBeVisible();
    await expect(node(a.page, 'init')).toHaveCount(0);

    await b.context.setOffline(false);
    await expect(status(b.page)).toHaveText('Connected', { timeout: 30_000 });
    await expect(node(a.page, 'init')).toBeVisible({ timeout: 20_000 });
    await a.context.close();
    await b.context.close();
  } finally {
    await stopServer(server);
  }
});
