import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { simulateLifecycle } from '../src/lifecycle/index';
import { starterDesign } from '../src/model/create';
import { addContainer, setSidecarMode, setWorkloadKind } from '../src/model/ops/index';
import type { ContainerRole, Design } from '../src/model/types';
import { createEnvelope, serialiseEnvelope } from '../src/persist/envelope';
import { DESIGN_KEY } from '../src/persist/keys';
import { eventSentence } from '../src/ui/timeline/playback';
import { expect, test } from './fixtures';

/** The example, opened from the empty page, with the "Lifecycle" region open. */
async function openExample(page: Page): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(
    page.getByRole('region', { name: 'Pod', exact: true }).getByLabel('app', { exact: true }),
  ).toBeVisible();
  const region = page.getByRole('region', { name: 'Lifecycle', exact: true });
  const toggle = region.getByRole('button', { name: 'Lifecycle', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(region.getByRole('group', { name: 'Timeline' })).toBeVisible();
  return region;
}

/** The worked example of sidecar-rules.md §6.2: init-a, proxy, init-b, logs; app and worker. */
function workedExample(): Design {
  const sizes: Array<[string, ContainerRole, string, string]> = [
    ['app', 'main', '300m', '256Mi'],
    ['worker', 'main', '200m', '128Mi'],
    ['init-a', 'init', '500m', '256Mi'],
    ['proxy', 'sidecar', '100m', '128Mi'],
    ['init-b', 'init', '200m', '512Mi'],
    ['logs', 'sidecar', '50m', '64Mi'],
  ];
  let design = setWorkloadKind(starterDesign(), 'Deployment');
  design = { ...design, containers: [], volumes: [], positions: {} };
  sizes.forEach(([name, role], index) => {
    design = addContainer(design, role, {
      name,
      image: 'busybox:1.36',
      position: { x: 40 + (index % 3) * 170, y: 80 + Math.floor(index / 3) * 110 },
    });
  });
  return {
    ...design,
    containers: design.containers.map((c) => {
      const size = sizes.find(([name]) => name === c.name);
      return size
        ? { ...c, raw: { ...c.raw, resources: { requests: { cpu: size[2], memory: size[3] } } } }
        : c;
    }),
  };
}

/** Opens the page with `design` saved, and the "Lifecycle" region open. */
async function openWith(page: Page, design: Design): Promise<Locator> {
  const text = serialiseEnvelope(
    createEnvelope(design, { tabId: 'seed', revision: 1 }, new Date('2025-01-01')),
  );
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('e2e-seeded') !== null) return;
      sessionStorage.setItem('e2e-seeded', 'yes');
      localStorage.setItem(key, value);
    },
    [DESIGN_KEY, text] as const,
  );
  await page.goto('/');
  const region = page.getByRole('region', { name: 'Lifecycle', exact: true });
  await region.getByRole('button', { name: 'Lifecycle', exact: true }).click();
  await expect(region.getByRole('group', { name: 'Timeline' })).toBeVisible();
  return region;
}

function sentenceOf(region: Locator): Locator {
  return region.locator('[aria-live="polite"]');
}

test('the timeline plays, and steps with the keyboard through the events in order', async ({
  page,
}) => {
  const region = await openExample(page);
  const expected = simulateLifecycle(starterDesign(), { scenario: 'delete' }).events.map(
    eventSentence,
  );
  expect(expected.length).toBeGreaterThan(5);

  await expect(region.getByLabel('Scenario')).toHaveValue('delete');
  await expect(region.getByRole('listitem').filter({ hasText: 'native sidecar' })).toHaveCount(1);
  const sentence = sentenceOf(region);
  await expect(sentence).toHaveText(expected[0] ?? '');

  await region.getByRole('button', { name: 'Play' }).click();
  await expect(sentence).toHaveText(expected[1] ?? '');
  await region.getByRole('button', { name: 'Pause' }).click();

  const timeline = region.getByRole('group', { name: 'Timeline' });
  await timeline.focus();
  await page.keyboard.press('Home');
  const read: string[] = [(await sentence.textContent()) ?? ''];
  for (let i = 1; i < expected.length; i += 1) {
    await page.keyboard.press('ArrowRight');
    await expect(sentence).toHaveText(expected[i] ?? '');
    read.push((await sentence.textContent()) ?? '');
  }
  expect(read.map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(expected);
  await page.keyboard.press('ArrowLeft');
  await expect(sentence).toHaveText(expected[expected.length - 2] ?? '');
  await page.keyboard.press('End');
  await expect(sentence).toHaveText(expected[expected.length - 1] ?? '');
  await expect(
    region.getByText(`Event ${expected.length} of ${expected.length}`, { exact: true }),
  ).toBeVisible();

  await page.keyboard.press('Home');
  await page.keyboard.press(' ');
  await expect(region.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(region.getByRole('button', { name: 'Play' })).toBeVisible();

  // Keys pressed outside the region leave it alone.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('End');
  await expect(sentence).toHaveText(expected[0] ?? '');
});

test('a Job ends with the Pod completing, and legacy sidecars show their race', async ({
  page,
}) => {
  const region = await openExample(page);
  const sentence = sentenceOf(region);
  const scenario = region.getByLabel('Scenario');

  await page.getByLabel('Workload kind').selectOption('Job');
  await expect(scenario).toHaveValue('main-exits');
  await expect(scenario.locator('option:checked')).toHaveText('Main container exits (Jobs)');
  const job = setWorkloadKind(starterDesign(), 'Job');
  const jobEvents = simulateLifecycle(job, { scenario: 'main-exits' }).events;
  await expect(sentence).toHaveText(eventSentence(jobEvents[0]));
  await region.getByRole('group', { name: 'Timeline' }).focus();
  await page.keyboard.press('End');
  await expect(sentence).toContainText(eventSentence(jobEvents.at(-1)));
  await expect(sentence).toContainText('The Pod succeeds and the Job counts a completion.');
  await page.keyboard.press('ArrowLeft');
  await expect(sentence).toContainText('the Job counts a completion');

  await page.getByRole('radio', { name: 'Legacy' }).check();
  const legacyEvents = simulateLifecycle(setSidecarMode(job, 'legacy'), {
    scenario: 'main-exits',
  }).events;
  // The design changed: the timeline starts over, and says the start is a race.
  await expect(sentence).toHaveText(eventSentence(legacyEvents[0]));
  await expect(sentence).toContainText('in no guaranteed order');
  await expect(region.getByRole('listitem').filter({ hasText: 'legacy sidecar' })).toHaveCount(1);
  await region.getByRole('group', { name: 'Timeline' }).focus();
  await page.keyboard.press('End');
  await expect(sentence).toContainText('the Job never completes');
  await expect(sentence).toContainText('The Pod keeps running');

  await scenario.selectOption('delete');
  const deleted = simulateLifecycle(setSidecarMode(job, 'legacy'), { scenario: 'delete' }).events;
  const race = deleted.findIndex((e) => e.reason.includes('in arbitrary order'));
  expect(race).toBeGreaterThan(0);
  await region.getByRole('group', { name: 'Timeline' }).focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < race; i += 1) await page.keyboard.press('ArrowRight');
  await expect(sentence).toHaveText(eventSentence(deleted[race]));
  await expect(sentence).toContainText('in arbitrary order');
});

test('the effective resources compare native and legacy sidecars', async ({ page }) => {
  const empty = await openExample(page);
  await expect(empty.getByText('No container sets cpu or memory')).toBeVisible();

  const region = await openWith(page, workedExample());
  await expect(region.getByRole('heading', { name: 'Effective resources' })).toBeVisible();
  const memory = region.getByRole('row', { name: /memory requests/ });
  await expect(memory.getByRole('cell').nth(0)).toHaveText('640Mi');
  await expect(memory.getByRole('cell').nth(1)).toHaveText('576Mi');
  // Why: a native proxy also counts while init-b runs; a legacy one does not.
  await expect(region.getByText('init-b + proxy = 640Mi (the largest)')).toBeVisible();
  const lanes = region
    .getByRole('list', { name: 'Containers in start order' })
    .getByRole('listitem');
  await expect(lanes).toHaveCount(6);
  await expect(lanes.first()).toContainText('init-a');
  await expect(lanes.last()).toContainText('worker');
});

test('the Lifecycle region has no serious accessibility problems, and fits the page', async ({
  page,
}, testInfo) => {
  const region = await openExample(page);
  await region.getByRole('group', { name: 'Timeline' }).focus();
  await page.keyboard.press('ArrowRight');
  const results = await new AxeBuilder({ page }).include('section.lifecycle').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target).join(', ')}`);
  expect(serious).toEqual([]);

  await openWith(page, workedExample());
  await region.getByRole('group', { name: 'Timeline' }).focus();
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1600, height: 900 },
  ]) {
    await page.setViewportSize(size);
    const box = await region.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(size.height);
    const pod = await page.getByRole('region', { name: 'Pod', exact: true }).boundingBox();
    expect(pod?.height ?? 0).toBeGreaterThan(200);
    await page.screenshot({
      path: testInfo.outputPath(`lifecycle-${size.width}x${size.height}.png`),
    });
  }
});

test('Explain says what Kubernetes does with the acting container', async ({ page }, testInfo) => {
  const region = await openExample(page);
  await region.getByRole('group', { name: 'Timeline' }).focus();
  await page.keyboard.press('Home');
  const first = simulateLifecycle(starterDesign(), { scenario: 'delete' }).events[0];
  expect(first?.container).toBe('log-shipper');
  await region.getByRole('button', { name: 'Explain log-shipper' }).click();
  const dialog = page.getByRole('dialog', { name: 'What Kubernetes does with log-shipper' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'What waits for it' })).toBeVisible();
  await expect(dialog).toContainText('Until log-shipper counts as started');
  await expect(dialog).toContainText('a native sidecar is always restarted');
  await page.screenshot({ path: testInfo.outputPath('explain-1280x720.png') });
  // Keys inside the dialog do not step the timeline behind it.
  await page.keyboard.press('ArrowRight');
  await expect(sentenceOf(region)).toHaveText(eventSentence(first));
  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(
    results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
  ).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(region.getByRole('button', { name: 'Explain log-shipper' })).toBeFocused();
});

test('Play runs every event to the last one, and pauses and resumes on the way', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const region = await openExample(page);
  const expected = simulateLifecycle(starterDesign(), { scenario: 'delete' }).events.map(
    eventSentence,
  );
  const sentence = sentenceOf(region);
  const last = expected.length;

  await region.getByRole('button', { name: 'Play' }).click();
  await expect(sentence).toHaveText(expected[2] ?? '', { timeout: 20_000 });
  await region.getByRole('button', { name: 'Pause' }).click();
  const paused = (await region.getByText(/^Event \d+ of \d+$/).textContent()) ?? '';
  await expect(region.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(region.getByText(paused, { exact: true })).toBeVisible();

  await region.getByRole('button', { name: 'Play' }).click();
  await expect(region.getByText(`Event ${last} of ${last}`, { exact: true })).toBeVisible({
    timeout: 60_000,
  });
  await expect(sentence).toHaveText(expected[last - 1] ?? '');
  await expect(region.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('kubectl get pod columns follow the timeline: a stuck legacy Job, a failing init container', async ({
  page,
}) => {
  let design = addContainer(starterDesign(), 'init', {
    name: 'migrate',
    image: 'busybox:1.36',
    position: { x: 40, y: 260 },
  });
  design = addContainer(design, 'init', {
    name: 'seed',
    image: 'busybox:1.36',
    position: { x: 220, y: 260 },
  });
  const region = await openWith(page, design);
  const kubectl = region.getByLabel('kubectl get pod');
  const timeline = region.getByRole('group', { name: 'Timeline' });
  const first = simulateLifecycle(design).events[0];
  await expect(kubectl).toContainText(`READY${first?.ready}`);
  await expect(kubectl).toContainText(`STATUS${first?.status}`);

  // A person asks what happens when an init container fails, and picks the second one.
  await region.getByLabel('Scenario').selectOption('init-fails');
  const actsOn = region.getByLabel('Acts on');
  await expect(actsOn.locator('option')).toHaveText(['migrate', 'seed']);
  await actsOn.selectOption('seed');
  const failing = simulateLifecycle(design, { scenario: 'init-fails', container: 'seed' }).events;
  expect(failing.at(-1)?.status).toBe('Init:CrashLoopBackOff');
  await timeline.focus();
  await page.keyboard.press('End');
  await expect(sentenceOf(region)).toHaveText(eventSentence(failing.at(-1)));
  await expect(kubectl).toContainText('STATUSInit:CrashLoopBackOff');
  const crash = failing.findIndex((e) => e.container === 'seed' && e.phase === 'crashed');
  await page.keyboard.press('Home');
  for (let i = 0; i < crash; i += 1) await page.keyboard.press('ArrowRight');
  await expect(sentenceOf(region)).toHaveText(eventSentence(failing[crash]));
  await expect(kubectl).toContainText('STATUSInit:Error');
  await expect(region.getByText(/no regular init container/)).toHaveCount(0);

  // A legacy Job: its main container completes, its sidecar never exits.
  await page.getByLabel('Workload kind').selectOption('Job');
  await page.getByRole('radio', { name: 'Legacy' }).check();
  await region.getByLabel('Scenario').selectOption('main-exits');
  const job = simulateLifecycle(setSidecarMode(setWorkloadKind(design, 'Job'), 'legacy'), {
    scenario: 'main-exits',
  }).events;
  const stuck = job.findIndex((e) => e.phase === 'blocked');
  expect(job[stuck]).toMatchObject({ status: 'NotReady', ready: '1/2' });
  await timeline.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < stuck; i += 1) await page.keyboard.press('ArrowRight');
  await expect(sentenceOf(region)).toHaveText(eventSentence(job[stuck]));
  await expect(kubectl).toContainText('READY1/2');
  await expect(kubectl).toContainText('STATUSNotReady');

  // With no regular init container left, the scenario says it shows only the start.
  await region.getByLabel('Scenario').selectOption('probe-fails');
  await expect(
    region.getByText('This Pod has no container with a startupProbe: only its start is shown.'),
  ).toBeVisible();
});
