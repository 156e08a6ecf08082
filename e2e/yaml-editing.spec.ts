import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      initContainers:
        - name: logshipper
          image: fluent/fluent-bit:3.0
          restartPolicy: Always
      containers:
        - name: app
          image: nginx:1.27
`;

/** The editor's visible line matching `pattern` (the editor shows spaces as no-break spaces). */
function editorLine(manifest: Locator, pattern: RegExp): Locator {
  return manifest.locator('.view-line').filter({ hasText: pattern });
}

/**
 * Pastes `text` into the focused editor, as a person would with the clipboard. Typing a block
 * would be indented again line by line by the editor.
 */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor textarea').evaluate((area, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
}

/**
 * The messages of the problems marked in the focused editor, read as a person would: "Go to
 * next problem" (F8) until the first comes round again, then Escape.
 */
async function problemMessages(page: Page): Promise<string[]> {
  const message = page.locator('.marker-widget .message');
  const seen: string[] = [];
  const messages: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('F8');
    const shown = await message
      .waitFor({ state: 'visible', timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    if (!shown) return messages;
    const where = (await message.getAttribute('aria-label')) ?? '';
    const text = (await message.textContent()) ?? '';
    if (seen.includes(where + text)) break;
    seen.push(where + text);
    messages.push(text);
  }
  await page.keyboard.press('Escape');
  await expect(message).toBeHidden();
  return messages;
}

async function openEditor(page: Page) {
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-monaco-ready', 'true');
  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  return { manifest, pod, status: manifest.getByRole('status') };
}

test('the manifest edits both ways: typing updates the diagram, broken text keeps the last valid one', async ({
  page,
}) => {
  const { manifest, pod, status } = await openEditor(page);

  // Replace the whole manifest with a Deployment that has a native log shipper.
  await manifest.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await paste(page, DEPLOYMENT);
  await expect(pod.getByLabel('app', { exact: true })).toBeVisible();
  await expect(pod.getByLabel('logshipper', { exact: true })).toBeVisible();
  await expect(status).toBeEmpty();
  // The typed text stays as typed: the editor does not rewrite it after the diagram follows.
  await expect(editorLine(manifest, /^\s*image:\snginx:1\.27$/)).toHaveCount(1);
  await expect(manifest.locator('.view-lines').getByText('sidecar.studio/design')).toHaveCount(0);
  // Findings of the design are marked on their lines, each starting with its rule id.
  expect(await problemMessages(page)).toContainEqual(expect.stringMatching(/^[a-z]+\/[a-z-]+: /));

  // Rename the main container by editing its name.
  await editorLine(manifest, /-\sname:\sapp$/).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Backspace');
  await page.keyboard.insertText('web');
  await expect(pod.getByLabel('web', { exact: true })).toBeVisible();
  await expect(pod.getByLabel('app', { exact: true })).toHaveCount(0);
  await expect(pod.getByLabel('logshipper', { exact: true })).toBeVisible();

  // Break the YAML: the diagram keeps the last valid manifest and the editor marks the problem.
  await page.keyboard.press('ControlOrMeta+End');
  await paste(page, 'spec: [unclosed\n');
  await expect(status).toContainText(
    'The diagram shows the last valid manifest: This is not valid YAML',
  );
  await expect(manifest.locator('.squiggly-error').first()).toBeVisible();
  expect(await problemMessages(page)).toContainEqual(
    expect.stringContaining('This is not valid YAML'),
  );
  await expect(pod.getByLabel('web', { exact: true })).toBeVisible();
  await expect(pod.getByLabel('logshipper', { exact: true })).toBeVisible();

  // Fix it (undo the paste in the editor): the status line clears and the import mark goes away.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(status).toBeEmpty();
  expect(await problemMessages(page)).not.toContainEqual(
    expect.stringContaining('This is not valid YAML'),
  );
  await expect(pod.getByLabel('web', { exact: true })).toBeVisible();

  await page.screenshot({ path: '/tmp/yaml-editing.png' });
});

/** Opens the page and replaces the manifest with the Deployment, by pasting it into the editor. */
async function seedDeployment(page: Page) {
  const opened = await openEditor(page);
  await opened.manifest.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await paste(page, DEPLOYMENT);
  await expect(opened.pod.getByLabel('app', { exact: true })).toBeVisible();
  return opened;
}

test('a manifest without a workload is refused with a mark on the editor', async ({ page }) => {
  const { pod, status } = await seedDeployment(page);
  await page.keyboard.press('ControlOrMeta+A');
  await paste(page, 'apiVersion: v1\nkind: Service\nmetadata:\n  name: shop\n');
  await expect(status).toContainText(
    'The diagram shows the last valid manifest: There is no workload',
  );
  expect(await problemMessages(page)).toEqual([expect.stringContaining('There is no workload')]);
  await expect(pod.getByLabel('app', { exact: true })).toBeVisible();
  await expect(pod.getByLabel('logshipper', { exact: true })).toBeVisible();
});

test('a change made elsewhere rewrites only what changed and keeps the cursor on its line', async ({
  page,
}) => {
  const { manifest, pod } = await seedDeployment(page);
  await editorLine(manifest, /-\sname:\sapp$/).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Backspace');
  await page.keyboard.insertText('web');
  await expect(pod.getByLabel('web', { exact: true })).toBeVisible();

  // Undo the rename from outside the editor: the design goes back and the text follows it.
  await page.getByRole('heading', { name: 'Pod', exact: true }).click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(pod.getByLabel('app', { exact: true })).toBeVisible();
  await expect(editorLine(manifest, /-\sname:\sapp$/)).toHaveCount(1);
  await expect(editorLine(manifest, /-\sname:\sweb$/)).toHaveCount(0);

  // Back in the editor, the cursor is still on the container's line; a comment there is only a
  // comment: the diagram stays and the editor keeps the text as typed.
  await manifest.locator('.monaco-editor textarea').focus();
  await page.keyboard.insertText(' # the application');
  await expect(editorLine(manifest, /-\sname:\sapp\s#\sthe\sapplication$/)).toHaveCount(1);
  await page.waitForTimeout(1_000);
  await expect(editorLine(manifest, /-\sname:\sapp\s#\sthe\sapplication$/)).toHaveCount(1);
  await expect(pod.getByLabel('app', { exact: true })).toBeVisible();
  await expect(manifest.getByRole('status')).toBeEmpty();
});
