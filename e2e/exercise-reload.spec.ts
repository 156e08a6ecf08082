import { EXERCISES, type FixThisPodExercise } from '../src/learn/index';
import { DESIGN_KEY } from '../src/persist/keys';
import { expect, test } from './fixtures';

const FIX = EXERCISES.find((e) => e.id === 'fix-job-legacy-sidecar') as FixThisPodExercise;

test('in an exercise Fix buttons are hidden, and a reload brings back my own design', async ({
  page,
}) => {
  await page.goto('/');
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(pod.getByRole('group', { name: 'log-shipper', exact: true })).toBeVisible();
  // My design is saved before the exercise starts.
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', DESIGN_KEY))
    .toContain('log-shipper');

  await page.getByRole('button', { name: 'Learn', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Learn' });
  await dialog.getByRole('button', { name: FIX.title, exact: true }).click();
  await dialog.getByRole('button', { name: 'Open on the canvas' }).click();
  const bar = page.getByRole('region', { name: `Exercise mode ${FIX.title}` });
  await expect(bar).toBeVisible();

  // The Warnings list the problems to fix, without a one-click Fix that would solve them.
  const warnings = page.getByRole('region', { name: 'Warnings' });
  await expect(warnings.getByText(FIX.rules[0] ?? '', { exact: true }).first()).toBeVisible();
  await expect(warnings.getByRole('button', { name: /^Fix\b/ })).toHaveCount(0);

  // An edit in the exercise, then a reload: the exercise ends and my design is as I left it.
  await page.getByRole('radio', { name: 'Native' }).check();
  await page.reload();
  await expect(pod.getByRole('group', { name: 'log-shipper', exact: true })).toBeVisible();
  await expect(bar).toHaveCount(0);
  for (const c of FIX.design.containers) {
    if (c.name !== 'log-shipper' && c.name !== 'app') {
      await expect(pod.getByRole('group', { name: c.name, exact: true })).toHaveCount(0);
    }
  }
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});
