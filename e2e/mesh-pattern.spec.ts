import { simulateLifecycle } from '../src/lifecycle/index';
import { setSidecarMode } from '../src/model/ops/index';
import { patternById } from '../src/patterns/index';
import { eventSentence } from '../src/ui/timeline/playback';
import { expect, test } from './fixtures';

const mesh = patternById('istio-proxy');

test('the mesh-proxy pattern in legacy placement starts as a race, with warnings to explain', async ({
  page,
}) => {
  if (!mesh) throw new Error('The service-mesh pattern is missing.');
  await page.goto('/');
  await page.getByRole('button', { name: 'Patterns', exact: true }).click();
  const patterns = page.getByRole('dialog', { name: 'Patterns' });
  await patterns.getByRole('button', { name: `Open ${mesh.name}`, exact: true }).click();
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  await expect(pod.getByRole('group', { name: 'istio-proxy', exact: true })).toBeVisible();

  const warnings = page.getByRole('list', { name: 'Warnings', exact: true });
  await expect(warnings.getByText('order/legacy-start-race')).toHaveCount(0);

  const region = page.getByRole('region', { name: 'Lifecycle', exact: true });
  await region.getByRole('button', { name: 'Lifecycle', exact: true }).click();
  const sentence = region.locator('[aria-live="polite"]');

  await page.getByRole('radio', { name: 'Legacy' }).check();
  const events = simulateLifecycle(setSidecarMode(mesh.design(), 'legacy')).events;
  const race = events.findIndex((e) => e.reason.includes('in no guaranteed order'));
  expect(race).toBeGreaterThanOrEqual(0);
  await expect(sentence).toHaveText(eventSentence(events[0]));
  await region.getByRole('group', { name: 'Timeline' }).focus();
  for (let i = 0; i < race; i += 1) await page.keyboard.press('ArrowRight');
  await expect(sentence).toHaveText(eventSentence(events[race]));
  await expect(sentence).toContainText('in no guaranteed order');

  // The same change brings the start-order warning, which says what Kubernetes does.
  const item = warnings.getByRole('listitem').filter({ hasText: 'order/legacy-start-race' });
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: /^Explain/ }).click();
  const explanation = page.getByRole('dialog');
  await expect(explanation).toContainText('istio-proxy');
  await page.keyboard.press('Escape');
  await expect(explanation).toHaveCount(0);
});
