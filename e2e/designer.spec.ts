import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const RULE = 'job/legacy-sidecar-never-completes';

/** The manifest as the page holds it (the plain text stays in step with the editor). */
async function manifestText(page: Page): Promise<string> {
  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  return (await manifest.locator('pre').textContent()) ?? '';
}

/** Serious or critical accessibility problems of the whole page as it is now. */
async function seriousProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target).join(', ')}`);
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

async function rename(inspector: Locator, name: string): Promise<void> {
  const field = inspector.getByRole('textbox', { name: 'Name', exact: true });
  await field.fill(name);
  await field.press('Enter');
  await expect(inspector.getByRole('heading', { name: new RegExp(` ${name}$`) })).toBeVisible();
}

async function mount(inspector: Locator, volume: string, path: string): Promise<void> {
  await inspector.getByRole('combobox', { name: 'Volume to mount' }).selectOption(volume);
  await inspector.getByRole('textbox', { name: 'Mount path', exact: true }).fill(path);
  await inspector.getByRole('button', { name: 'Add mount' }).click();
  await expect(inspector.getByRole('textbox', { name: 'Mount 1 path' })).toHaveValue(path);
}

test('design a pod with a sidecar, switch it to legacy, and fix the Job warning', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  const palette = page.getByRole('region', { name: 'Palette', exact: true });
  const inspector = page.getByRole('region', { name: 'Inspector', exact: true });
  const pod = page.getByRole('region', { name: 'Pod', exact: true });

  await palette.getByRole('button', { name: 'Main container', exact: true }).click();
  await rename(inspector, 'web');
  await inspector.getByRole('textbox', { name: 'Name', exact: true }).fill('Web!');
  await inspector.getByRole('textbox', { name: 'Name', exact: true }).press('Enter');
  await expect(inspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(inspector).toContainText('Container names must be lowercase');
  await inspector.getByRole('textbox', { name: 'Name', exact: true }).press('Escape');

  await palette.getByRole('button', { name: 'Sidecar container', exact: true }).click();
  await rename(inspector, 'proxy');

  await palette.getByRole('button', { name: 'Volume', exact: true }).click();
  await page.getByRole('menuitem', { name: 'emptyDir' }).click();
  await expect(inspector.getByRole('heading', { name: 'Volume data' })).toBeVisible();

  // Containers are picked on the canvas with the keyboard: focus the node, press Enter.
  await pod.getByRole('group', { name: 'web', exact: true }).press('Enter');
  await expect(inspector.getByRole('heading', { name: 'Container web' })).toBeVisible();
  await mount(inspector, 'data', '/srv/data');
  await pod.getByRole('group', { name: 'proxy', exact: true }).press('Enter');
  await expect(inspector.getByRole('heading', { name: 'Container proxy' })).toBeVisible();
  await mount(inspector, 'data', '/data');

  await expect.poll(() => manifestText(page)).toContain('initContainers:');
  const native = await manifestText(page);
  const init = block(native, 'initContainers');
  expect(init).toContain('name: proxy');
  expect(init).toContain('restartPolicy: Always');
  expect(init).toContain('mountPath: /data');
  expect(block(native, 'containers')).toContain('mountPath: /srv/data');

  await page
    .getByRole('radiogroup', { name: 'Sidecar mode', exact: true })
    .getByRole('radio', { name: 'Legacy' })
    .check();
  await expect.poll(() => manifestText(page)).not.toContain('initContainers:');
  const legacy = await manifestText(page);
  expect(block(legacy, 'containers')).toContain('name: proxy');
  expect(legacy).not.toContain('restartPolicy: Always');

  await page.getByRole('combobox', { name: 'Workload kind', exact: true }).selectOption('Job');
  const warnings = page.getByRole('list', { name: 'Warnings', exact: true });
  const finding = warnings.getByRole('listitem').filter({ hasText: RULE });
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('proxy');
  await expect(finding.getByRole('link', { name: /Learn more/ })).toHaveAttribute(
    'target',
    '_blank',
  );

  await page.screenshot({ path: '/tmp/designer.png' });

  await finding.getByRole('button', { name: /^Fix/ }).click();
  await expect(finding).toHaveCount(0);
  await expect.poll(() => manifestText(page)).toContain('initContainers:');
  expect(block(await manifestText(page), 'initContainers')).toContain('restartPolicy: Always');

  expect(await seriousProblems(page)).toEqual([]);
});

test.describe('in a dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the palette, inspector and warnings work from the keyboard', async ({ page }) => {
    await page.goto('/');
    const palette = page.getByRole('region', { name: 'Palette', exact: true });
    const inspector = page.getByRole('region', { name: 'Inspector', exact: true });

    // The canvas and its zoom buttons follow the dark scheme too, after taking over the prerender.
    await expect(page.locator('.react-flow')).toHaveClass(/\bdark\b/);
    await palette.getByRole('button', { name: 'Main container', exact: true }).press('Enter');
    await expect(inspector.getByRole('heading', { name: 'Container app' })).toBeVisible();
    await palette.getByRole('button', { name: 'Init container', exact: true }).press('Enter');
    await expect(inspector.getByRole('heading', { name: 'Container init' })).toBeVisible();

    const volume = palette.getByRole('button', { name: 'Volume', exact: true });
    await volume.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'emptyDir' })).toBeFocused();
    await expect(page.getByRole('menuitem', { name: 'volumeClaimTemplate' })).toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'configMap' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(inspector.getByRole('heading', { name: 'Volume config' })).toBeVisible();
    await expect(volume).toBeFocused();

    await palette.getByRole('button', { name: 'Sidecar container', exact: true }).press('Enter');
    await inspector.getByRole('button', { name: 'Add port' }).click();
    const port = inspector.getByRole('textbox', { name: 'Port 1 number' });
    await port.fill('99999');
    await port.press('Enter');
    await expect(port).toHaveAttribute('aria-invalid', 'true');
    await expect(inspector).toContainText('A port must be a whole number from 1 to 65535.');
    await port.fill('9090');
    await port.press('Enter');
    await expect(port).not.toHaveAttribute('aria-invalid', 'true');

    await inspector.getByRole('combobox', { name: 'Link to container' }).selectOption('app');
    await inspector.getByRole('textbox', { name: 'Link port' }).fill('8080');
    await inspector.getByRole('textbox', { name: 'Link port' }).press('Enter');
    await expect(inspector.getByText('app on localhost:8080')).toBeVisible();
    const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
    await expect
      .poll(async () => (await manifest.locator('pre').textContent()) ?? '')
      .toContain('containerPort: 9090');
    await page.screenshot({ path: '/tmp/designer-dark.png' });

    expect(await seriousProblems(page)).toEqual([]);
  });
});
