import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The manifest as the page holds it (the plain text stays in step with the editor). */
async function manifestText(page: Page): Promise<string> {
  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  return (await manifest.locator('pre').textContent()) ?? '';
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

/** Types a value into a field and applies it with Enter. */
async function commit(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

async function select(page: Page, name: string): Promise<Locator> {
  const inspector = page.getByRole('region', { name: 'Inspector', exact: true });
  await page
    .getByRole('region', { name: 'Pod', exact: true })
    .getByRole('group', { name, exact: true })
    .press('Enter');
  await expect(inspector.getByRole('heading', { name: `Container ${name}` })).toBeVisible();
  return inspector;
}

async function seriousProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.pane--inspector').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target).join(', ')}`);
}

test('probes and hooks of a sidecar and a main container reach the manifest', async ({ page }) => {
  await page.goto('/');
  const palette = page.getByRole('region', { name: 'Palette', exact: true });
  const inspector = page.getByRole('region', { name: 'Inspector', exact: true });

  await palette.getByRole('button', { name: 'Main container', exact: true }).click();
  await expect(inspector.getByRole('heading', { name: 'Container app' })).toBeVisible();
  await palette.getByRole('button', { name: 'Sidecar container', exact: true }).click();
  await expect(inspector.getByRole('heading', { name: 'Container sidecar' })).toBeVisible();

  // A sidecar shows its startup probe first, with what it means for the containers after it.
  const probes = inspector.getByRole('group', { name: 'Probes', exact: true });
  const startup = probes.getByRole('group', { name: 'Startup probe', exact: true });
  await expect(probes.getByRole('group').first()).toHaveAccessibleName('Startup probe');
  await expect(startup).toContainText(
    'Containers declared after this sidecar wait until this probe succeeds.',
  );
  await startup.getByRole('combobox', { name: 'Handler', exact: true }).selectOption('TCP socket');
  await commit(startup.getByRole('textbox', { name: 'Port', exact: true }), '8080');
  await commit(startup.getByRole('textbox', { name: 'Period (seconds)', exact: true }), '2');

  await expect
    .poll(async () => block(await manifestText(page), 'startupProbe'))
    .toContain('tcpSocket');
  const startupProbe = block(await manifestText(page), 'startupProbe');
  expect(startupProbe).toContain('port: 8080');
  expect(startupProbe).toContain('periodSeconds: 2');
  expect(block(await manifestText(page), 'initContainers')).toContain('startupProbe:');

  // A negative period is refused beside the field, and the manifest keeps the last value.
  const period = startup.getByRole('textbox', { name: 'Period (seconds)', exact: true });
  await commit(period, '-5');
  await expect(period).toHaveAttribute('aria-invalid', 'true');
  await expect(startup).toContainText(
    'Period must be a whole number of seconds from 1, or empty for the default (10).',
  );
  expect(block(await manifestText(page), 'startupProbe')).toContain('periodSeconds: 2');
  await period.press('Escape');
  await expect(period).toHaveValue('2');
  await expect(period).not.toHaveAttribute('aria-invalid', 'true');

  // A port outside 1–65535 is refused too.
  const port = startup.getByRole('textbox', { name: 'Port', exact: true });
  await commit(port, '70000');
  await expect(port).toHaveAttribute('aria-invalid', 'true');
  await expect(startup).toContainText('A port must be a whole number from 1 to 65535');
  await port.press('Escape');

  expect(await seriousProblems(page)).toEqual([]);

  // The main container stops after a five-second sleep.
  const main = await select(page, 'app');
  const preStop = main.getByRole('group', { name: 'preStop hook', exact: true });
  await preStop.getByRole('combobox', { name: 'Handler', exact: true }).selectOption('Sleep');
  await commit(preStop.getByRole('textbox', { name: 'Seconds', exact: true }), '5');
  await expect.poll(async () => block(await manifestText(page), 'preStop')).toContain('sleep:');
  expect(block(await manifestText(page), 'preStop')).toContain('seconds: 5');
  expect(block(await manifestText(page), 'containers')).toContain('preStop:');

  // Turning the probe off removes it.
  await select(page, 'sidecar');
  await startup.getByRole('combobox', { name: 'Handler', exact: true }).selectOption('Off');
  await expect.poll(() => manifestText(page)).not.toContain('startupProbe:');
});

test('init containers explain why they have no probes; restart policies from 1.35', async ({
  page,
}) => {
  await page.goto('/');
  const palette = page.getByRole('region', { name: 'Palette', exact: true });
  const inspector = page.getByRole('region', { name: 'Inspector', exact: true });

  await palette.getByRole('button', { name: 'Init container', exact: true }).click();
  await expect(inspector.getByRole('heading', { name: 'Container init' })).toBeVisible();
  await expect(inspector).toContainText(
    'Init containers without restartPolicy "Always" may not have probes or lifecycle hooks',
  );
  await expect(inspector.getByRole('group', { name: 'Startup probe' })).toHaveCount(0);
  await expect(inspector.getByRole('combobox', { name: 'Restart policy' })).toHaveCount(0);

  await palette.getByRole('button', { name: 'Main container', exact: true }).click();
  await expect(inspector.getByRole('heading', { name: 'Container app' })).toBeVisible();
  await expect(inspector.getByRole('combobox', { name: 'Restart policy' })).toHaveCount(0);

  await page
    .getByRole('combobox', { name: 'Kubernetes version', exact: true })
    .selectOption('1.35');
  const policy = inspector.getByRole('combobox', { name: 'Restart policy', exact: true });
  await policy.selectOption('Never');
  await expect
    .poll(async () => block(await manifestText(page), 'containers'))
    .toContain('restartPolicy: Never');

  const init = await select(page, 'init');
  await expect(init.getByRole('combobox', { name: 'Restart policy', exact: true })).toBeVisible();
  await expect(
    init.getByRole('combobox', { name: 'Restart policy', exact: true }).getByRole('option'),
  ).toHaveText(["The pod's policy", 'OnFailure', 'Never']);
});

test('a rename keeps the form and the focus where the person is typing; another selection gets a fresh form', async ({
  page,
}) => {
  await page.goto('/');
  const palette = page.getByRole('region', { name: 'Palette', exact: true });
  const inspector = page.getByRole('region', { name: 'Inspector', exact: true });
  await palette.getByRole('button', { name: 'Main container', exact: true }).click();
  await palette.getByRole('button', { name: 'Sidecar container', exact: true }).click();
  await expect(inspector.getByRole('heading', { name: 'Container sidecar' })).toBeVisible();

  const name = inspector.getByRole('textbox', { name: 'Name', exact: true });
  await commit(name, 'proxy');
  await expect(inspector.getByRole('heading', { name: 'Container proxy' })).toBeVisible();
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('proxy');
  expect(block(await manifestText(page), 'initContainers')).toContain('name: proxy');

  // A half-typed link port survives the rename, but does not follow the person to another
  // container.
  const port = inspector.getByRole('textbox', { name: 'Link port', exact: true });
  await port.fill('9');
  await commit(name, 'mesh-proxy');
  await expect(inspector.getByRole('heading', { name: 'Container mesh-proxy' })).toBeVisible();
  await expect(port).toHaveValue('9');
  await select(page, 'app');
  await expect(name).toHaveValue('app');
  await expect(port).toHaveValue('');
});
