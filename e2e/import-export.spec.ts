import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { restoreManifest } from '../src/manifest/restore/index';
import { readYamlDocuments } from '../src/manifest/yaml/read';
import { CORPUS_DIR, readCorpusFile } from '../src/testing/corpus';
import { expect, test } from './fixtures';
import { withoutDesignAnnotation } from './manifestDocuments';

type Plain = Record<string, unknown>;

const WORKLOAD_KINDS = new Set([
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
]);

/** The documents of a manifest as Kubernetes reads them, empty documents dropped. */
function plainDocuments(text: string): unknown[] {
  return readYamlDocuments(text).filter((d) => d != null);
}

function isObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The workloads of plain documents, `kind: List` items included, in file order. */
function plainWorkloads(documents: readonly unknown[]): Plain[] {
  return documents.flatMap((d): Plain[] => {
    if (!isObject(d)) return [];
    if (d.kind === 'List' && Array.isArray(d.items)) return plainWorkloads(d.items);
    return WORKLOAD_KINDS.has(String(d.kind)) ? [d] : [];
  });
}

/** The pod spec of a plain workload. */
function podSpecOf(workload: Plain): Plain {
  const at = (value: unknown, ...keys: string[]): unknown =>
    keys.reduce((v, key) => (isObject(v) ? v[key] : undefined), value);
  const spec =
    workload.kind === 'Pod'
      ? workload.spec
      : workload.kind === 'CronJob'
        ? at(workload, 'spec', 'jobTemplate', 'spec', 'template', 'spec')
        : at(workload, 'spec', 'template', 'spec');
  return isObject(spec) ? spec : {};
}

interface RoleCounts {
  init: number;
  nativeSidecar: number;
  /** Main containers and legacy sidecars: the entries of `containers`. */
  containers: number;
}

/** How many containers of each role a plain workload holds, read straight from its fields. */
function expectedCounts(workload: Plain): RoleCounts {
  const spec = podSpecOf(workload);
  const init = Array.isArray(spec.initContainers) ? spec.initContainers : [];
  const native = init.filter((c) => isObject(c) && c.restartPolicy === 'Always').length;
  return {
    init: init.length - native,
    nativeSidecar: native,
    containers: Array.isArray(spec.containers) ? spec.containers.length : 0,
  };
}

/** The container nodes on the canvas, counted by the role their badge shows. */
async function canvasCounts(page: Page): Promise<RoleCounts> {
  const badges = await page
    .getByRole('region', { name: 'Pod', exact: true })
    .locator('.container-node__badge')
    .allTextContents();
  const count = (pattern: RegExp) => badges.filter((b) => pattern.test(b)).length;
  return {
    init: count(/^Init$/),
    nativeSidecar: count(/^Sidecar · native$/),
    containers: count(/^(Main|Sidecar · legacy)$/),
  };
}

function workloadName(workload: Plain): string {
  const name = isObject(workload.metadata) ? workload.metadata.name : undefined;
  return typeof name === 'string' && name !== '' ? name : '(unnamed)';
}

/** Picks `file` from the corpus with the "Import" button's file picker. */
async function importCorpusFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(join(CORPUS_DIR, file));
}

/** Closes the import notes when the import has some, after checking they are all listed. */
async function readNotes(page: Page, text: string): Promise<void> {
  const result = restoreManifest(text);
  if (!result.ok) throw new Error(result.error.message);
  const dialog = page.getByRole('dialog', { name: 'Import notes' });
  if (result.notes.length === 0) {
    await expect(dialog).toHaveCount(0);
    return;
  }
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(result.notes.length);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

/** Corpus files picked for variety, and the workload to open when a file holds several. */
const CASES: ReadonlyArray<{ file: string; what: string; pick?: number }> = [
  {
    file: 'kubernetes-website/deployment-sidecar.yaml',
    what: 'a Deployment with a native sidecar',
  },
  { file: 'kubernetes-website/deployment-sidecar-legacy.yaml', what: 'a legacy sidecar' },
  { file: 'kubernetes-website/mysql-statefulset.yaml', what: 'a StatefulSet with claims' },
  { file: 'kubernetes-website/job-sidecar.yaml', what: 'a Job' },
  { file: 'cronjob-runner/multiple-containers.yaml', what: 'a CronJob' },
  { file: 'istio/daemonset.yaml.injected', what: 'a DaemonSet' },
  { file: 'istio/loki.yaml', what: 'a StatefulSet among Services and ConfigMaps' },
  { file: 'istio/list.yaml.injected', what: 'a kind: List', pick: 1 },
  { file: 'istio/grafana.yaml', what: 'the Istio Grafana add-on' },
  { file: 'kubernetes-website/init-containers.yaml', what: 'init containers' },
  { file: 'istio/multi-init.yaml.injected', what: 'several init containers and a native sidecar' },
  { file: 'istio/spire-quickstart.yaml', what: 'a Deployment and a DaemonSet', pick: 1 },
  {
    file: 'linkerd2/inject_emojivoto_already_injected.input.yml',
    what: 'four Deployments',
    pick: 2,
  },
];

test('corpus files import by the file picker and export as the same data', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  const pod = page.getByRole('region', { name: 'Pod', exact: true });

  for (const { file, what, pick = 0 } of CASES) {
    await test.step(`${file} (${what})`, async () => {
      const text = readCorpusFile(file);
      const documents = plainDocuments(text);
      const workloads = plainWorkloads(documents);
      const workload = workloads[pick];
      if (workload === undefined) throw new Error(`${file} has no workload ${pick + 1}`);

      await importCorpusFile(page, file);
      if (workloads.length > 1) {
        const picker = page.getByRole('dialog', { name: 'Which workload do you want to open?' });
        await expect(picker).toBeVisible();
        const choices = picker.getByRole('listitem');
        await expect(choices).toHaveText(
          workloads.map((w) => `${String(w.kind)} ${workloadName(w)}`),
        );
        await choices.nth(pick).getByRole('button').click();
        await expect(picker).toBeHidden();
      }
      await readNotes(page, text);

      const podName = `${String(workload.kind)} ${workloadName(workload)}`;
      await expect(pod.getByRole('group', { name: podName, exact: true })).toBeVisible();
      await expect.poll(() => canvasCounts(page)).toEqual(expectedCounts(workload));
      await expect(page.getByRole('banner')).toContainText(file.split('/').pop() ?? file);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export YAML', exact: true }).click();
      const exported = await download;
      expect(exported.suggestedFilename()).toMatch(/\.yaml$/);
      const exportedText = await readFile(await exported.path(), 'utf8');
      const before = documents.map(withoutDesignAnnotation);
      const after = plainDocuments(exportedText).map(withoutDesignAnnotation);
      expect(after).toHaveLength(before.length);
      before.forEach((document, index) => {
        expect(after[index], `document ${index + 1}`).toEqual(document);
      });
    });
  }
});

test('a file with several workloads asks which one to open, and Cancel changes nothing', async ({
  page,
}) => {
  await page.goto('/');
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  await importCorpusFile(page, 'istio/hello-multi.yaml.injected');
  const picker = page.getByRole('dialog', { name: 'Which workload do you want to open?' });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('button', { name: 'Deployment hello-v1' })).toBeVisible();
  await expect(picker.getByRole('button', { name: 'Deployment hello-v2' })).toBeVisible();
  await picker.getByRole('button', { name: 'Cancel' }).click();
  await expect(picker).toBeHidden();
  await expect(pod.getByRole('group', { name: 'Pod my-pod', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

  await importCorpusFile(page, 'istio/hello-multi.yaml.injected');
  await picker.getByRole('button', { name: 'Deployment hello-v2' }).click();
  await readNotes(page, readCorpusFile('istio/hello-multi.yaml.injected'));
  await expect(pod.getByRole('group', { name: 'Deployment hello-v2', exact: true })).toBeVisible();

  // The import is one undo step, and redo brings the file back with it.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(pod.getByRole('group', { name: 'Pod my-pod', exact: true })).toBeVisible();
  await expect(page.getByRole('banner')).not.toContainText('hello-multi.yaml.injected');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(pod.getByRole('group', { name: 'Deployment hello-v2', exact: true })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('hello-multi.yaml.injected');

  // The edited workload is exported in its place; the other keeps every field it had.
  await page.getByRole('radio', { name: 'Legacy' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export YAML', exact: true }).click();
  const exported = await download;
  expect(exported.suggestedFilename()).toBe('hello-v2.yaml');
  const after = plainDocuments(await readFile(await exported.path(), 'utf8'));
  const before = plainDocuments(readCorpusFile('istio/hello-multi.yaml.injected'));
  expect(after).toHaveLength(2);
  expect(withoutDesignAnnotation(after[0])).toEqual(withoutDesignAnnotation(before[0]));
  const [edited] = plainWorkloads(after.slice(1));
  if (edited === undefined) throw new Error('the edited workload is missing');
  expect(expectedCounts(edited).nativeSidecar).toBe(0);
});

test('a broken file says why and leaves the design untouched', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  await expect(pod.getByRole('group', { name: 'app', exact: true })).toBeVisible();
  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  // The example's manifest is written (a click made while the page loads opens it before the
  // manifest writer has arrived).
  await expect(manifest.locator('pre')).toContainText('name: log-shipper');
  const before = await manifest.locator('pre').textContent();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles({
    name: 'broken.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: [a\nspec: {}\n',
    ),
  });

  const notice = page.getByRole('status', { name: 'Notice' });
  await expect(notice).toContainText('broken.yaml could not be imported, and nothing was changed.');
  await expect(notice).toContainText(/line \d+/);
  await expect(pod.getByRole('group', { name: 'Deployment web', exact: true })).toBeVisible();
  await expect(pod.getByRole('group', { name: 'app', exact: true })).toBeVisible();
  expect(await manifest.locator('pre').textContent()).toBe(before);

  // One undo takes back the example, not an import that never happened.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(pod.getByRole('group', { name: 'Pod my-pod', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('what the import could not model is listed, and stays at hand in the header', async ({
  page,
}) => {
  const file = 'cloud-sql-proxy/proxy_with_http_health_check.yaml';
  const result = restoreManifest(readCorpusFile(file));
  if (!result.ok) throw new Error(result.error.message);
  expect(result.notes.length).toBeGreaterThan(0);

  await page.goto('/');
  await importCorpusFile(page, file);
  const dialog = page.getByRole('dialog', { name: 'Import notes' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(result.notes.length);
  await expect(dialog).toContainText('<YOUR-');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const header = page.getByRole('banner');
  await expect(header).toContainText('proxy_with_http_health_check.yaml');
  await header.getByRole('button', { name: `Import notes (${result.notes.length})` }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(header.getByRole('button', { name: /^Import notes/ })).toBeFocused();
});
