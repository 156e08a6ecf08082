import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CORPUS_DIR, readCorpusFile } from '../src/testing/corpus';
import { expect, test } from './fixtures';
import { documentNames, exportYaml, manifestDocuments, pasteInto } from './manifestDocuments';

const SHOP = 'gke-samples/online-shop.yaml';
const HELLO = 'istio/hello-multi.yaml.injected';
const EDITOR = '.monaco-editor textarea';

async function openPage(page: Page) {
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-monaco-ready', 'true', {
    timeout: 30_000,
  });
}

/** Pastes a corpus file into the manifest editor, as a person pasting a whole file would. */
async function pasteIntoEditor(page: Page, file: string): Promise<void> {
  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  await manifest.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await pasteInto(page, EDITOR, readCorpusFile(file));
}

/** Picks `choice` in the workload picker, then closes the import notes if there are any. */
async function pickWorkload(page: Page, choice: string): Promise<void> {
  const picker = page.getByRole('dialog', { name: 'Which workload do you want to open?' });
  await expect(picker).toBeVisible();
  await picker.getByRole('button', { name: choice, exact: true }).click();
  await expect(picker).toBeHidden();
  await closeNotes(page);
}

async function closeNotes(page: Page): Promise<void> {
  const notes = page.getByRole('dialog', { name: 'Import notes' });
  if (await notes.isVisible().catch(() => false)) {
    await notes.getByRole('button', { name: 'Close' }).click();
  }
  await expect(notes).toBeHidden();
}

async function importCorpusFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(join(CORPUS_DIR, file));
}

function podGroup(page: Page, name: string) {
  return page.getByRole('region', { name: 'Pod', exact: true }).getByRole('group', {
    name,
    exact: true,
  });
}

test('a whole file pasted into the editor asks for a workload and exports every document', async ({
  page,
}) => {
  await openPage(page);
  await pasteIntoEditor(page, SHOP);
  await pickWorkload(page, 'Deployment cartservice');
  await expect(podGroup(page, 'Deployment cartservice')).toBeVisible();
  const header = page.getByRole('banner');
  await expect(header).toContainText('Pasted text');
  await expect(header.getByRole('combobox', { name: 'Workload', exact: true })).toHaveValue(/\d+/);

  const exported = await exportYaml(page);
  expect(documentNames(exported)).toEqual(documentNames(readCorpusFile(SHOP)));
  expect(manifestDocuments(exported)).toEqual(manifestDocuments(readCorpusFile(SHOP)));
});

test('a second file pasted while one is open asks where it goes, and each file stays whole', async ({
  page,
}) => {
  await openPage(page);
  await importCorpusFile(page, HELLO);
  await pickWorkload(page, 'Deployment hello-v2');
  const header = page.getByRole('banner');
  await expect(header).toContainText('hello-multi.yaml.injected');

  await pasteIntoEditor(page, SHOP);
  const choice = page.getByRole('dialog', { name: 'Where should the pasted manifest go?' });
  await expect(choice).toBeVisible();
  await expect(choice).toContainText('hello-multi.yaml.injected is open');
  await choice.getByRole('button', { name: 'Open it as a new file' }).click();
  await pickWorkload(page, 'Deployment frontend');
  await expect(podGroup(page, 'Deployment frontend')).toBeVisible();
  await expect(header).toContainText('Pasted text');
  await expect(header).not.toContainText('hello-multi.yaml.injected');
  expect(manifestDocuments(await exportYaml(page))).toEqual(
    manifestDocuments(readCorpusFile(SHOP)),
  );

  // Undo brings back the first file, whole.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(podGroup(page, 'Deployment hello-v2')).toBeVisible();
  await expect(header).toContainText('hello-multi.yaml.injected');
  expect(manifestDocuments(await exportYaml(page))).toEqual(
    manifestDocuments(readCorpusFile(HELLO)),
  );

  // Replacing keeps the open file's name, with the pasted documents only.
  await pasteIntoEditor(page, SHOP);
  await choice.getByRole('button', { name: 'Replace hello-multi.yaml.injected with it' }).click();
  await pickWorkload(page, 'Deployment frontend');
  await expect(header).toContainText('hello-multi.yaml.injected');
  expect(manifestDocuments(await exportYaml(page))).toEqual(
    manifestDocuments(readCorpusFile(SHOP)),
  );
});

test('after a reload the whole file comes back, and Export YAML gives every document', async ({
  page,
}) => {
  await openPage(page);
  await importCorpusFile(page, SHOP);
  await pickWorkload(page, 'Deployment redis-cart');
  await expect(podGroup(page, 'Deployment redis-cart')).toBeVisible();
  await page.reload();
  await expect(podGroup(page, 'Deployment redis-cart')).toBeVisible();
  const header = page.getByRole('banner');
  await expect(header).toContainText('online-shop.yaml');
  await expect(header.getByRole('combobox', { name: 'Workload', exact: true })).toBeVisible();
  const exported = await exportYaml(page);
  expect(documentNames(exported)).toEqual(documentNames(readCorpusFile(SHOP)));
  expect(manifestDocuments(exported)).toEqual(manifestDocuments(readCorpusFile(SHOP)));
});

test('switching workloads and back keeps the edits, and undo walks back across the switch', async ({
  page,
}) => {
  await openPage(page);
  await importCorpusFile(page, HELLO);
  await pickWorkload(page, 'Deployment hello-v1');
  const workload = page
    .getByRole('banner')
    .getByRole('combobox', { name: 'Workload', exact: true });
  const pod = page.getByRole('region', { name: 'Pod', exact: true });

  const containersBefore = await pod.locator('.container-node').count();
  await page.getByRole('button', { name: 'Sidecar container', exact: true }).click();
  const added = pod.getByRole('group').filter({ hasText: /sidecar/i });
  const before = containersBefore + 1;
  await expect(pod.locator('.container-node')).toHaveCount(before);

  await workload.selectOption({ label: 'Deployment hello-v2' });
  await expect(podGroup(page, 'Deployment hello-v2')).toBeVisible();
  await workload.selectOption({ label: 'Deployment hello-v1' });
  await expect(podGroup(page, 'Deployment hello-v1')).toBeVisible();
  await expect(pod.locator('.container-node')).toHaveCount(before);
  await expect(added.first()).toBeVisible();

  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await undo.click();
  await expect(podGroup(page, 'Deployment hello-v2')).toBeVisible();
  await expect(workload).toHaveValue('1');
  await undo.click();
  await expect(podGroup(page, 'Deployment hello-v1')).toBeVisible();
  await expect(pod.locator('.container-node')).toHaveCount(before);
  await undo.click();
  await expect(pod.locator('.container-node')).toHaveCount(before - 1);

  // Both workloads are exported in their places, the edit included after redo.
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  const exported = await exportYaml(page);
  expect(documentNames(exported)).toEqual(documentNames(readCorpusFile(HELLO)));
});
