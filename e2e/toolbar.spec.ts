import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { ORIGIN } from './origin';

test('Undo and Redo follow a toolbar change, and are off when there is nothing to do', async ({
  page,
}) => {
  await page.goto('/');
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  const kind = page.getByRole('combobox', { name: 'Workload kind' });
  const pod = page.getByRole('region', { name: 'Pod', exact: true });

  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();
  await expect(undo).toHaveAttribute('title', /Undo \((Ctrl\+Z|⌘Z)\)/);
  await expect(redo).toHaveAttribute('title', /Redo \((Ctrl\+Shift\+Z|⇧⌘Z)\)/);

  await kind.selectOption('Deployment');
  await expect(pod.getByRole('group', { name: /^Deployment / })).toBeVisible();
  await expect(undo).toBeEnabled();
  await expect(redo).toBeDisabled();

  await undo.click();
  await expect(kind).toHaveValue('Pod');
  await expect(pod.getByRole('group', { name: 'Pod my-pod', exact: true })).toBeVisible();
  await expect(undo).toBeDisabled();
  await expect(redo).toBeEnabled();

  await redo.click();
  await expect(kind).toHaveValue('Deployment');
  await expect(undo).toBeEnabled();
  await expect(redo).toBeDisabled();

  // The buttons are reachable from the keyboard.
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(kind).toHaveValue('Pod');
});

test('an empty pod offers the example, which opens as one undo step', async ({ page }) => {
  await page.goto('/');
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  const example = pod.getByRole('button', { name: 'Start from an example' });
  await expect(pod).toContainText('This pod has no containers yet.');

  await example.click();
  await expect(pod.getByRole('group', { name: 'app', exact: true })).toBeVisible();
  await expect(pod.getByRole('group', { name: 'log-shipper', exact: true })).toBeVisible();
  await expect(pod.getByRole('group', { name: 'Volume logs', exact: true })).toBeVisible();
  await expect(example).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(pod.getByRole('group', { name: 'app', exact: true })).toHaveCount(0);
  await expect(example).toBeVisible();
});

test('the export options leave the design annotation out when asked', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('region', { name: 'Pod', exact: true })
    .getByRole('button', { name: 'Start from an example' })
    .click();

  const withAnnotation = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export YAML', exact: true }).click();
  const first = await withAnnotation;
  expect(first.suggestedFilename()).toBe('web.yaml');
  const firstText = await readFile(await first.path(), 'utf8');
  expect(firstText).toContain('kind: Deployment');
  expect(firstText).toContain('sidecar.studio/design');

  const options = page.getByRole('button', { name: 'Export options' });
  await expect(options).toHaveAttribute('aria-expanded', 'false');
  await options.click();
  const annotate = page.getByRole('checkbox', { name: 'Include the design annotation' });
  await expect(annotate).toBeChecked();
  await annotate.uncheck();
  await page.keyboard.press('Escape');
  await expect(annotate).toBeHidden();
  await expect(options).toBeFocused();

  const withoutAnnotation = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export YAML', exact: true }).click();
  const secondText = await readFile(await (await withoutAnnotation).path(), 'utf8');
  expect(secondText).toContain('name: log-shipper');
  expect(secondText).not.toContain('sidecar.studio/design');
});

test('Copy YAML puts the same manifest on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: ORIGIN,
  });
  await page.goto('/');
  await page
    .getByRole('region', { name: 'Pod', exact: true })
    .getByRole('button', { name: 'Start from an example' })
    .click();
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export YAML', exact: true }).click();
  const fileText = await readFile(await (await downloaded).path(), 'utf8');

  await page.getByRole('button', { name: 'Export options' }).click();
  await page.getByRole('button', { name: 'Copy YAML', exact: true }).click();
  await expect(page.getByText('The manifest is on the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fileText);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in a ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('the toolbar, its export options and the example have no serious problems', async ({
      page,
    }) => {
      await page.goto('/');
      await expect(page.getByRole('button', { name: 'Start from an example' })).toBeVisible();
      await page.getByRole('button', { name: 'Export options' }).click();
      await expect(
        page.getByRole('checkbox', { name: 'Include the design annotation' }),
      ).toBeVisible();
      const results = await new AxeBuilder({ page }).include('.app-header').analyze();
      const problems = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target).join(', ')}`);
      expect(problems).toEqual([]);
    });
  });
}
