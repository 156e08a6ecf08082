import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { CORPUS_DIR, REPO_ROOT } from '../src/testing/corpus';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 800 } });

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const pod = (page: Page): Locator => page.getByRole('region', { name: 'Pod', exact: true });
const nodes = (page: Page) => page.locator('.react-flow__node-container, .react-flow__node-volume');

async function importFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(join(CORPUS_DIR, file));
  const notes = page.getByRole('dialog', { name: 'Import notes' });
  const opened = page.getByRole('banner').getByText(`Imported file ${basename(file)}`);
  await expect(opened).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.pod-canvas')).toHaveAttribute('data-layout', 'idle', {
    timeout: 30_000,
  });
  if (await notes.isVisible()) await notes.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function boxes(page: Page): Promise<Array<Rect & { name: string }>> {
  return nodes(page).evaluateAll((elements) =>
    elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height, name: element.getAttribute('aria-label') ?? '' };
    }),
  );
}

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every container and volume is on screen inside the canvas. */
async function expectAllInView(page: Page, timeout = 15_000): Promise<void> {
  await expect(async () => {
    const canvas = await page.locator('.pod-canvas .react-flow').boundingBox();
    if (!canvas) throw new Error('no canvas');
    const drawn = await boxes(page);
    expect(drawn.length).toBeGreaterThan(0);
    for (const box of drawn) {
      expect(box.x, box.name).toBeGreaterThanOrEqual(canvas.x - 0.5);
      expect(box.y, box.name).toBeGreaterThanOrEqual(canvas.y - 0.5);
      expect(box.x + box.width, box.name).toBeLessThanOrEqual(canvas.x + canvas.width + 0.5);
      expect(box.y + box.height, box.name).toBeLessThanOrEqual(canvas.y + canvas.height + 0.5);
    }
  }).toPass({ timeout });
}

test('each design that arrives is fitted into view, whatever the zoom was', async ({ page }) => {
  await page.goto('/');
  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  await importFile(page, 'istio/multi-init.yaml.injected');
  await expect(pod(page).getByRole('group', { name: 'istio-proxy', exact: true })).toBeVisible();
  await expectAllInView(page);
  await zoomIn.click();
  await zoomIn.click();
  await expect(expectAllInView(page, 2_000)).rejects.toThrow();

  await importFile(page, 'kubernetes-website/localhost.yaml');
  await expect(pod(page).getByRole('group', { name: 'client', exact: true })).toBeVisible();
  await expectAllInView(page);
  await zoomIn.click();
  await zoomIn.click();
  await expect(expectAllInView(page, 2_000)).rejects.toThrow();

  await page.getByRole('button', { name: 'Patterns', exact: true }).click();
  const patterns = page.getByRole('dialog', { name: 'Patterns' });
  await patterns
    .getByRole('button', { name: /^Open / })
    .first()
    .click();
  await expect(pod(page).getByRole('group', { name: 'client', exact: true })).toHaveCount(0);
  await expect(page.locator('.pod-canvas')).toHaveAttribute('data-layout', 'idle');
  await expectAllInView(page);
});

test('Tidy up lays a moved node out again in one undo step', async ({ page }) => {
  await page.goto('/');
  await importFile(page, 'kubernetes-website/two-files-counter-pod-agent-sidecar.yaml');
  const count = pod(page).getByRole('group', { name: 'count', exact: true });
  await expect(count).toBeVisible();
  await expectAllInView(page);
  const laidOut = await count.boundingBox();
  if (!laidOut) throw new Error('no node');

  await count.hover();
  await page.mouse.down();
  await page.mouse.move(laidOut.x + laidOut.width / 2 + 60, laidOut.y + laidOut.height + 140, {
    steps: 8,
  });
  await page.mouse.up();
  const moved = await count.boundingBox();
  expect(Math.abs((moved?.y ?? 0) - laidOut.y)).toBeGreaterThan(50);

  await pod(page).getByRole('button', { name: 'Tidy up', exact: true }).click();
  await expect(async () => {
    const tidy = await count.boundingBox();
    expect(Math.abs((tidy?.x ?? 0) - laidOut.x)).toBeLessThan(2);
    expect(Math.abs((tidy?.y ?? 0) - laidOut.y)).toBeLessThan(2);
  }).toPass();

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(async () => {
    const back = await count.boundingBox();
    expect(Math.abs((back?.y ?? 0) - (moved?.y ?? 0))).toBeLessThan(2);
  }).toPass();
});

test('a container dropped onto another node lands on free space beside it', async ({ page }) => {
  await page.goto('/');
  await importFile(page, 'kubernetes-website/two-files-counter-pod-agent-sidecar.yaml');
  const count = pod(page).getByRole('group', { name: 'count', exact: true });
  await expect(count).toBeVisible();
  const before = (await boxes(page)).length;
  await page.getByRole('button', { name: 'Main container', exact: true }).dragTo(count);
  await expect(nodes(page)).toHaveCount(before + 1);
  const drawn = await boxes(page);
  drawn.forEach((a, i) => {
    for (const b of drawn.slice(i + 1)) expect(overlap(a, b), `${a.name} on ${b.name}`).toBe(false);
  });
});

test('the SVG of the largest pod is vector drawing that rsvg-convert draws, under 200 KB', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await importFile(page, 'istio/multi-init.yaml.injected');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export image', exact: true }).click();
  await page.getByRole('button', { name: 'SVG', exact: true }).click();
  const svg = await readFile(await (await download).path(), 'utf8');
  expect(Buffer.byteLength(svg)).toBeLessThan(200 * 1024);
  expect(svg).not.toContain('foreignObject');
  expect(svg).not.toMatch(/<(div|span|p|html|body)[\s>]/);
  expect(svg).toContain('>istio-proxy</text>');
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);

  const svgPath = testInfo.outputPath('pod.svg');
  const pngPath = testInfo.outputPath('pod.png');
  await writeFile(svgPath, svg);
  execFileSync('rsvg-convert', ['--format=png', '--output', pngPath, svgPath]);
  const png = await readFile(pngPath);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width, height });
  expect(png.length).toBeGreaterThan(10_000);
});

test('the Mermaid export of a pod is a flowchart that Mermaid reads', async ({ page }) => {
  await page.goto('/');
  await importFile(page, 'istio/multi-init.yaml.injected');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export image', exact: true }).click();
  await page.getByRole('button', { name: 'Mermaid', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('hello.mmd');
  const text = await readFile(await file.path(), 'utf8');
  expect(text).toMatch(/^flowchart LR\n/);
  expect(text).toContain('istio-proxy');

  await page.route('**/__test__/mermaid.js', (route) =>
    route.fulfill({
      path: join(REPO_ROOT, 'node_modules/mermaid/dist/mermaid.min.js'),
      contentType: 'text/javascript',
    }),
  );
  await page.addScriptTag({ url: '/__test__/mermaid.js' });
  const parsed = await page.evaluate(async (source) => {
    const mermaid = (window as unknown as { mermaid: { parse: (t: string) => Promise<unknown> } })
      .mermaid;
    const result = (await mermaid.parse(source)) as { diagramType?: string } | false;
    return result === false ? null : (result.diagramType ?? 'parsed');
  }, text);
  expect(parsed).toMatch(/flowchart/);
  const broken = await page.evaluate(async () => {
    const mermaid = (window as unknown as { mermaid: { parse: (t: string) => Promise<unknown> } })
      .mermaid;
    try {
      await mermaid.parse('flowchart LR\n  a -->|"x"| ');
      return 'parsed';
    } catch {
      return 'refused';
    }
  });
  expect(broken).toBe('refused');
});
