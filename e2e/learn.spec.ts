import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  check,
  containerNames,
  EXERCISES,
  type Exercise,
  expectedDefaultContainer,
  expectedOrder,
  expectedPlacement,
  type FixThisPodExercise,
  type NativeOrLegacyExercise,
  type OrderExercise,
} from '../src/learn/index';
import { PATTERNS } from '../src/patterns/index';
import { expect, test } from './fixtures';

const SHOTS = 'test-results/learn-screenshots';

const KIND_LABELS = {
  main: 'Main container',
  'native-sidecar': 'Native sidecar',
  'legacy-sidecar': 'Legacy sidecar',
  init: 'Init container',
} as const;

function exercise<T extends Exercise['type']>(id: string, type: T): Extract<Exercise, { type: T }> {
  const found = EXERCISES.find((e) => e.id === id);
  if (found?.type !== type) throw new Error(`No ${type} exercise ${id}`);
  return found as Extract<Exercise, { type: T }>;
}

async function seriousProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target).join(', ')}`);
}

async function openPage(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Pod', exact: true })).toBeVisible();
}

async function openLearn(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Learn', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Learn' });
  await expect(dialog.getByRole('list', { name: 'Exercises' })).toBeVisible();
  return dialog;
}

async function openExercise(page: Page, e: Exercise): Promise<Locator> {
  const dialog = await openLearn(page);
  await dialog.getByRole('button', { name: e.title, exact: true }).click();
  await expect(dialog.getByRole('heading', { name: e.title })).toBeFocused();
  return dialog;
}

function verdict(dialog: Locator): Locator {
  return dialog.getByRole('status').filter({ hasText: /Right|Wrong/ });
}

async function expectExplained(where: Locator, e: Exercise) {
  await expect(where).toContainText(e.explanation);
  // The source is named in Kubernetes' words, never by an internal document or rule number.
  const source = where.getByRole('link', { name: `${e.source.section} (new tab)`, exact: true });
  await expect(source).toHaveAttribute('href', e.source.url);
  await expect(where).not.toContainText('sidecar-rules');
}

function rowNames(dialog: Locator, e: OrderExercise): Promise<string[]> {
  const list = dialog.getByRole('list', {
    name: e.type === 'predict-start' ? 'Start order' : 'Stop order',
  });
  return list.locator('.order-row__name').allTextContents();
}

/** Arranges the true order with the buttons: leave out, move up, then group each step. */
async function arrange(dialog: Locator, e: OrderExercise) {
  const truth = expectedOrder(e);
  const wanted = truth.flat();
  for (const name of containerNames(e).filter((n) => !wanted.includes(n))) {
    await dialog.getByRole('button', { name: `${name}: Leave out`, exact: true }).click();
  }
  const current = await rowNames(dialog, e);
  for (const [i, name] of wanted.entries()) {
    for (let at = current.indexOf(name); at > i; at--) {
      await dialog.getByRole('button', { name: `${name}: Move up`, exact: true }).click();
      current.splice(at - 1, 2, name, current[at - 1] ?? '');
    }
  }
  expect(await rowNames(dialog, e)).toEqual(wanted);
  const verb = e.type === 'predict-start' ? 'Starts' : 'Stops';
  for (const step of truth) {
    for (const name of step.slice(1)) {
      await dialog
        .getByRole('checkbox', {
          name: `${name}: ${verb} together with the one above`,
          exact: true,
        })
        .check();
    }
  }
}

test('a pattern opens as an editable design on the canvas, as one undo step', async ({ page }) => {
  await openPage(page);
  await page.getByRole('button', { name: 'Patterns', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Patterns' });
  const list = dialog.getByRole('list', { name: 'Patterns' });
  await expect(list.getByRole('listitem')).toHaveCount(PATTERNS.length);
  const broken = PATTERNS.filter((p) => p.brokenOnPurpose);
  await expect(list.getByText('Broken on purpose', { exact: true })).toHaveCount(broken.length);
  for (const p of PATTERNS) {
    const item = list.getByRole('listitem', { name: p.name, exact: true });
    await expect(item).toContainText(p.summary[0]);
    await expect(item).toContainText(p.summary[1]);
  }
  expect(await seriousProblems(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/patterns-dialog.png` });

  const pattern = PATTERNS[1] ?? PATTERNS[0];
  if (!pattern) throw new Error('no patterns');
  await dialog.getByRole('button', { name: `Open ${pattern.name}`, exact: true }).click();
  await expect(dialog).toHaveCount(0);
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  for (const container of pattern.design().containers) {
    await expect(pod.getByRole('group', { name: container.name, exact: true })).toBeVisible();
  }
  await page.screenshot({ path: `${SHOTS}/pattern-opened.png` });

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(pod).toContainText('This pod has no containers yet.');
});

test('start and stop order: wrong, then right, with feedback, explanation and source', async ({
  page,
}) => {
  await openPage(page);
  for (const e of [
    exercise('start-ambassador', 'predict-start'),
    exercise('stop-ambassador', 'predict-stop'),
  ]) {
    const dialog = await openExercise(page, e);
    // As first shown, one step per container in declaration order: not the true order here.
    const first = containerNames(e).map((name) => [name]);
    const wrong = check(e, first);
    expect(wrong.correct).toBe(false);
    await dialog.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(verdict(dialog)).toContainText(`Wrong ${wrong.feedback}`);
    await expectExplained(dialog, e);
    if (e.type === 'predict-start') {
      await page.screenshot({ path: `${SHOTS}/order-wrong.png` });
    }

    await arrange(dialog, e);
    await dialog.getByRole('button', { name: 'Check', exact: true }).click();
    const right = check(e, expectedOrder(e));
    expect(right.correct).toBe(true);
    await expect(verdict(dialog)).toContainText(`Right ${right.feedback}`);
    await expectExplained(dialog, e);
    await page.screenshot({ path: `${SHOTS}/${e.type}-right.png` });
    expect(await seriousProblems(page)).toEqual([]);

    await dialog.getByRole('button', { name: '← All exercises' }).click();
    const item = dialog.getByRole('listitem').filter({ hasText: e.title });
    await expect(item).toContainText('✓ Done');
    await expect(dialog.getByRole('button', { name: e.title, exact: true })).toBeFocused();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  }
});

test('a row can be dragged to a new place in the order', async ({ page }) => {
  await openPage(page);
  const e = exercise('start-hold-application', 'predict-start');
  const dialog = await openExercise(page, e);
  expect(await rowNames(dialog, e)).toEqual(['proxy', 'app']);
  const rows = dialog.getByRole('list', { name: 'Start order' }).getByRole('listitem');
  await rows.filter({ hasText: 'app' }).dragTo(rows.filter({ hasText: 'proxy' }));
  expect(await rowNames(dialog, e)).toEqual(['app', 'proxy']);
});

test('native or legacy: wrong, then right', async ({ page }) => {
  await openPage(page);
  const e: NativeOrLegacyExercise = exercise('place-mesh-mix', 'native-or-legacy');
  const dialog = await openExercise(page, e);
  await expect(dialog.getByRole('figure')).toContainText('restartPolicy: Always');
  const truth = expectedPlacement(e);
  for (const [name] of truth) {
    await dialog
      .getByRole('combobox', { name, exact: true })
      .selectOption({ label: 'Main container' });
  }
  const wrong = check(e, Object.fromEntries(truth.map(([name]) => [name, 'main' as const])));
  expect(wrong.correct).toBe(false);
  await dialog.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(verdict(dialog)).toContainText(`Wrong ${wrong.feedback}`);
  await expectExplained(dialog, e);

  for (const [name, kind] of truth) {
    await dialog
      .getByRole('combobox', { name, exact: true })
      .selectOption({ label: KIND_LABELS[kind] });
  }
  await dialog.getByRole('button', { name: 'Check', exact: true }).click();
  const right = check(e, Object.fromEntries(truth));
  await expect(verdict(dialog)).toContainText(`Right ${right.feedback}`);
  await page.screenshot({ path: `${SHOTS}/native-or-legacy-right.png` });
  expect(await seriousProblems(page)).toEqual([]);
});

test('kubectl default: the injected manifest, wrong, then right', async ({ page }) => {
  await openPage(page);
  const e = exercise('kubectl-logs-istio-injected', 'kubectl-default');
  const dialog = await openExercise(page, e);
  await expect(dialog.getByRole('figure')).toContainText('kubectl.kubernetes.io/default-container');
  const choices = dialog.getByRole('group', { name: /Which container does/ });
  await choices.getByRole('radio', { name: 'istio-proxy', exact: true }).check();
  await dialog.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(verdict(dialog)).toContainText(`Wrong ${check(e, 'istio-proxy').feedback}`);
  await choices.getByRole('radio', { name: expectedDefaultContainer(e), exact: true }).check();
  await dialog.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(verdict(dialog)).toContainText(`Right ${check(e, 'hello').feedback}`);
  expect(await seriousProblems(page)).toEqual([]);
});

test('fix this pod on the canvas: wrong, then right, then back to my design', async ({ page }) => {
  await openPage(page);
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(pod.getByRole('group', { name: 'log-shipper', exact: true })).toBeVisible();

  const e: FixThisPodExercise = exercise('fix-job-legacy-sidecar', 'fix-this-pod');
  const dialog = await openExercise(page, e);
  for (const rule of e.rules) await expect(dialog).toContainText(rule);
  expect(await seriousProblems(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Open on the canvas' }).click();
  await expect(dialog).toHaveCount(0);

  const bar = page.getByRole('region', { name: `Exercise mode ${e.title}` });
  await expect(bar).toBeVisible();
  for (const c of e.design.containers) {
    await expect(pod.getByRole('group', { name: c.name, exact: true })).toBeVisible();
  }
  await expect(pod.getByRole('group', { name: 'log-shipper', exact: true })).toHaveCount(0);

  await bar.getByRole('button', { name: 'Check my fix' }).click();
  const wrong = check(e, e.design);
  await expect(verdict(bar)).toContainText(`Wrong ${wrong.feedback}`);
  await expectExplained(bar, e);
  await page.screenshot({ path: `${SHOTS}/fix-wrong.png` });

  await page.getByRole('radio', { name: 'Native' }).check();
  await expect(verdict(bar)).toHaveCount(0);
  await bar.getByRole('button', { name: 'Check my fix' }).click();
  await expect(verdict(bar)).toContainText('Right Fixed: lint no longer reports');
  await page.screenshot({ path: `${SHOTS}/fix-right.png` });
  expect(await seriousProblems(page)).toEqual([]);

  await bar.getByRole('button', { name: 'Back to my design' }).click();
  await expect(bar).toHaveCount(0);
  await expect(pod.getByRole('group', { name: 'log-shipper', exact: true })).toBeVisible();
  await expect(pod.getByRole('group', { name: 'myjob', exact: true })).toHaveCount(0);

  const list = await openLearn(page);
  await expect(list.getByRole('listitem').filter({ hasText: e.title })).toContainText('✓ Done');
});

test('progress is kept across a reload', async ({ page }) => {
  await openPage(page);
  const e = exercise('start-job-log-shipper', 'predict-start');
  const dialog = await openExercise(page, e);
  await arrange(dialog, e);
  await dialog.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(verdict(dialog)).toContainText('Right Correct');

  await page.reload();
  const list = await openLearn(page);
  await expect(list).toContainText(`1 of ${EXERCISES.length} done.`);
  await expect(list.getByRole('listitem').filter({ hasText: e.title })).toContainText('✓ Done');
  const other = EXERCISES.find((x) => x.id !== e.id);
  if (!other) throw new Error('only one exercise');
  await expect(list.getByRole('listitem').filter({ hasText: other.title })).toContainText(
    'Not done',
  );
  expect(await seriousProblems(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/learn-list.png` });
});

test('corrupt progress is ignored with a notice', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('sidecar-studio:learn-progress', '{"app":"sidecar-studio","kind":');
      sessionStorage.setItem('seeded', 'yes');
    }
  });
  await openPage(page);
  const list = await openLearn(page);
  await expect(list.getByRole('status')).toContainText(
    'Your saved learning progress could not be read, so it is ignored and you start again.',
  );
  await expect(list).toContainText(`0 of ${EXERCISES.length} done.`);
  await page.screenshot({ path: `${SHOTS}/corrupt-progress.png` });
  expect(await seriousProblems(page)).toEqual([]);
  const kept = await page.evaluate(() =>
    localStorage.getItem('sidecar-studio:learn-progress:corrupt'),
  );
  expect(kept).toBe('{"app":"sidecar-studio","kind":');
});

test('an exercise can be done with the keyboard alone', async ({ page }) => {
  await openPage(page);
  const e = exercise('start-ambassador', 'predict-start');

  /** Presses Tab until `target` has the focus. */
  async function tabTo(target: Locator) {
    for (let i = 0; i < 80; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('not reachable with Tab');
  }

  const learn = page.getByRole('button', { name: 'Learn', exact: true });
  await tabTo(learn);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Learn' });
  await tabTo(dialog.getByRole('button', { name: e.title, exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: e.title })).toBeFocused();

  // Moving a row keeps the focus on its button, so pressing again moves it further.
  const truth = expectedOrder(e).flat();
  const current = await rowNames(dialog, e);
  for (const [i, name] of truth.entries()) {
    const at = current.indexOf(name);
    if (at <= i) continue;
    await tabTo(dialog.getByRole('button', { name: `${name}: Move up`, exact: true }));
    for (let k = at; k > i; k--) await page.keyboard.press('Enter');
    current.splice(at, 1);
    current.splice(i, 0, name);
  }
  expect(await rowNames(dialog, e)).toEqual(truth);
  await tabTo(dialog.getByRole('button', { name: 'Check', exact: true }));
  await page.keyboard.press('Enter');
  await expect(verdict(dialog)).toContainText(`Right ${check(e, expectedOrder(e)).feedback}`);
  await page.screenshot({ path: `${SHOTS}/keyboard-right.png` });

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(learn).toBeFocused();
});

test.describe('in a dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the dialogs and the exercise bar have no serious accessibility problems', async ({
    page,
  }) => {
    await openPage(page);
    await page.getByRole('button', { name: 'Patterns', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Patterns' })).toBeVisible();
    expect(await seriousProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');

    const e = exercise('stop-legacy-together', 'predict-stop');
    const dialog = await openExercise(page, e);
    await dialog.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(verdict(dialog)).toContainText('Wrong');
    expect(await seriousProblems(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/dark-order-wrong.png` });

    await dialog.getByRole('button', { name: '← All exercises' }).click();
    const fix = exercise('fix-legacy-proxy', 'fix-this-pod');
    await dialog.getByRole('button', { name: fix.title, exact: true }).click();
    await dialog.getByRole('button', { name: 'Open on the canvas' }).click();
    const bar = page.getByRole('region', { name: `Exercise mode ${fix.title}` });
    await bar.getByRole('button', { name: 'Check my fix' }).click();
    await expect(verdict(bar)).toContainText('Wrong');
    expect(await seriousProblems(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/dark-fix-wrong.png` });
  });
});
