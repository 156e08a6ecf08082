import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { CORPUS_DIR } from '../src/testing/corpus';
import { expect, test } from './fixtures';

/** Varied corpus files, the largest pods of the corpus among them, and the workload to open. */
const FILES: ReadonlyArray<{ file: string; pick?: number }> = [
  { file: 'istio/multi-init.yaml.injected' },
  { file: 'istio/statefulset.yaml.injected' },
  { file: 'istio/native-sidecar.yaml.injected' },
  { file: 'istio/hello-probes.yaml.injected' },
  { file: 'istio/list.yaml.injected', pick: 1 },
  { file: 'istio/spire-quickstart.yaml', pick: 1 },
  { file: 'linkerd2/inject_contour.golden.yml' },
  { file: 'gke-samples/online-shop.yaml' },
  { file: 'kubernetes-website/mysql-statefulset.yaml' },
  { file: 'kubernetes-website/two-files-counter-pod-agent-sidecar.yaml' },
  { file: 'kubernetes-examples/cockroachdb-statefulset.yaml' },
  { file: 'cloud-sql-proxy/job_with_sidecar.yaml' },
  { file: 'git-sync/deployment.yaml' },
  { file: 'kubernetes-website/init-containers.yaml' },
];

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Drawn {
  page: { width: number };
  canvas: Rect;
  nodes: Array<Rect & { name: string }>;
  labels: Array<Rect & { text: string }>;
  zoom: number;
  nameFontSize: number;
}

/** Imports `file` with the Import button, opening workload `pick` when the file holds several. */
async function importFile(page: Page, file: string, pick = 0): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(join(CORPUS_DIR, file));
  const picker = page.getByRole('dialog', { name: 'Which workload do you want to open?' });
  const notes = page.getByRole('dialog', { name: 'Import notes' });
  const opened = page.getByRole('banner').getByText(`Imported file ${basename(file)}`);
  await expect(picker.or(opened).first()).toBeVisible({ timeout: 30_000 });
  if (await picker.isVisible()) {
    await picker.getByRole('listitem').nth(pick).getByRole('button').click();
  }
  await expect(opened).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.pod-canvas')).toHaveAttribute('data-layout', 'idle', {
    timeout: 30_000,
  });
  if (await notes.isVisible()) await notes.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** What the canvas draws, in pixels of the page. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const rect = (element: Element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    };
    const canvas = document.querySelector('.pod-canvas .react-flow') as HTMLElement;
    const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport.style.transform)?.[1] ?? 1);
    const name = document.querySelector('.container-node__name');
    return {
      page: { width: document.documentElement.clientWidth },
      canvas: rect(canvas),
      nodes: [
        ...document.querySelectorAll('.react-flow__node-container, .react-flow__node-volume'),
      ].map((element) => ({ ...rect(element), name: element.getAttribute('aria-label') ?? '' })),
      labels: [...document.querySelectorAll('.studio-edge-label')].map((element) => ({
        ...rect(element),
        text: element.textContent ?? '',
      })),
      zoom,
      nameFontSize: name ? Number.parseFloat(getComputedStyle(name).fontSize) : 0,
    };
  });
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

test.use({ viewport: { width: 1280, height: 800 } });

test('every imported corpus pod is drawn whole, legible and without overlaps', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  for (const { file, pick } of FILES) {
    await test.step(file, async () => {
      await importFile(page, file, pick);
      await expect(async () => {
        const d = await drawn(page);
        expect(d.nodes.length, 'nodes drawn').toBeGreaterThan(0);
        expect(d.canvas.width, 'canvas width').toBeGreaterThanOrEqual(d.page.width / 2);
        for (const node of d.nodes) {
          expect(inside(node, d.canvas), `${node.name} inside the canvas`).toBe(true);
        }
        d.nodes.forEach((a, i) => {
          for (const b of d.nodes.slice(i + 1)) {
            expect(overlap(a, b), `${a.name} overlaps ${b.name}`).toBe(false);
          }
        });
        d.labels.forEach((label, i) => {
          for (const node of d.nodes) {
            expect(overlap(label, node), `label ${label.text} over ${node.name}`).toBe(false);
          }
          for (const other of d.labels.slice(i + 1)) {
            expect(overlap(label, other), `label ${label.text} over ${other.text}`).toBe(false);
          }
        });
        if (d.nodes.length <= 16) {
          expect(d.nameFontSize * d.zoom, 'name size in pixels').toBeGreaterThanOrEqual(10);
        }
      }).toPass({ timeout: 15_000 });
    });
  }
});
