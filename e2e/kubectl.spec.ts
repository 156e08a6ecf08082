import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ORIGIN } from './origin';

const RULE = 'kubectl/default-container-is-sidecar';

function node(page: Page, name: string): Locator {
  return page
    .getByRole('region', { name: 'Pod', exact: true })
    .getByRole('group', { name, exact: true });
}

function kubectlBadge(container: Locator): Locator {
  return container.getByRole('img', { name: /kubectl default/ });
}

async function manifestText(page: Page): Promise<string> {
  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  return (await manifest.locator('pre').textContent()) ?? '';
}

test('a sidecar listed first is what kubectl picks, until Fix names the app', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(join(import.meta.dirname, 'fixtures', 'proxy-first.yaml'));
  const notes = page.getByRole('dialog', { name: 'Import notes' });
  if (await notes.isVisible()) await notes.getByRole('button', { name: 'Close' }).click();

  await expect(kubectlBadge(node(page, 'shipper'))).toBeVisible();
  await expect(kubectlBadge(node(page, 'app'))).toHaveCount(0);

  const warnings = page.getByRole('list', { name: 'Warnings', exact: true });
  const finding = warnings.getByRole('listitem').filter({ hasText: RULE });
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('shipper');
  await finding.getByRole('button', { name: /^Fix/ }).click();

  await expect(finding).toHaveCount(0);
  await expect(kubectlBadge(node(page, 'app'))).toBeVisible();
  await expect(kubectlBadge(node(page, 'shipper'))).toHaveCount(0);
  await expect
    .poll(() => manifestText(page))
    .toContain('kubectl.kubernetes.io/default-container: app');

  await node(page, 'shipper').click();
  const inspector = page.getByRole('region', { name: 'Inspector', exact: true });
  await expect(
    inspector.getByText("-c shipper is needed: without it kubectl picks 'app'."),
  ).toBeVisible();
  await inspector
    .getByRole('button', { name: 'Copy kubectl logs deploy/shop -c shipper', exact: true })
    .click();
  await expect(inspector.getByText('Copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'kubectl logs deploy/shop -c shipper',
  );

  await expect(inspector.getByRole('button', { name: 'Make kubectl default' })).toHaveCount(0);

  // The inspector makes any main container the default, as one undo step.
  await node(page, 'worker').click();
  await inspector.getByRole('button', { name: 'Make kubectl default' }).click();
  await expect(kubectlBadge(node(page, 'worker'))).toBeVisible();
  await expect(kubectlBadge(node(page, 'app'))).toHaveCount(0);
  await expect
    .poll(() => manifestText(page))
    .toContain('kubectl.kubernetes.io/default-container: worker');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(kubectlBadge(node(page, 'app'))).toBeVisible();
  await expect(kubectlBadge(node(page, 'worker'))).toHaveCount(0);
});
