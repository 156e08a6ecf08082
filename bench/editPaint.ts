import type { Browser, Page } from 'playwright-core';
import { starterDesign } from '../src/model/create';
import type { Design } from '../src/model/types';
import { createEnvelope, serialiseEnvelope } from '../src/persist/envelope';
import { DESIGN_KEY } from '../src/persist/keys';
import { LINT_RUN_MARK } from '../src/store/derived';
import { bigDesign } from './designs';
import { median, NAME_HELPER } from './stats';

/** Measured edits of each kind per design, after two unmeasured ones. */
const EDITS = Number(process.env.BENCH_EDITS ?? 15);
const WARMUP = 2;

/** What the page must show once an edit is done, checked in the page. */
type Done =
  | { kind: 'added' }
  | { kind: 'container'; name: string; gone: string }
  | { kind: 'mode'; legacy: boolean };

interface EditSample {
  /** From the input event to the painted frame that shows the result, in ms. */
  paint: number;
  /** Lint runs the edit caused, counted after the page settled. */
  lintRuns: number;
}

export interface EditResult {
  design: string;
  edit: string;
  samples: EditSample[];
}

type BenchWindow = Window & { benchEdit?: Promise<number> };

/** The design saved as the page saves it, so that the page opens with it. */
function seeded(design: Design): string {
  return serialiseEnvelope(
    createEnvelope(design, { tabId: 'bench', revision: 1 }, new Date('2025-01-01')),
  );
}

/**
 * Arms the page: the next `eventType` event starts the clock; the clock stops at the end of the
 * first frame painted after the canvas and the manifest text show `done` (a message posted from
 * requestAnimationFrame runs once that frame is drawn).
 */
async function arm(page: Page, eventType: string, done: Done): Promise<void> {
  await page.evaluate(
    ([type, want]) => {
      const manifest = () => document.querySelector('.manifest-text')?.textContent ?? '';
      const containerNodes = () =>
        document.querySelectorAll('.react-flow__node[data-id^="container:"]').length;
      const textBefore = manifest();
      const nodesBefore = containerNodes();
      const shows = (): boolean => {
        const text = manifest();
        if (want.kind === 'added')
          return containerNodes() === nodesBefore + 1 && text !== textBefore;
        if (want.kind === 'mode') {
          const legacyBadge = document
            .querySelector('.pod-canvas')
            ?.textContent?.includes('legacy');
          return (
            legacyBadge === want.legacy && text.includes('restartPolicy: Always') !== want.legacy
          );
        }
        const node = document.querySelector(`.react-flow__node[data-id="container:${want.name}"]`);
        const gone = !text.includes(`name: ${want.gone}\n`);
        return node !== null && text.includes(`name: ${want.name}\n`) && gone;
      };
      let start = Number.NaN;
      window.addEventListener(
        type,
        (event) => {
          start = event.timeStamp;
        },
        { capture: true, once: true },
      );
      (window as BenchWindow).benchEdit = new Promise<number>((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (Number.isNaN(start) || !shows()) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - start);
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.body, {
          childList: true,
          characterData: true,
          subtree: true,
          attributes: true,
        });
        setTimeout(
          () => reject(new Error(`the edit never showed: ${JSON.stringify(want)}`)),
          10_000,
        );
      });
    },
    [eventType, done] as const,
  );
}

const lintRuns = (page: Page) =>
  page.evaluate((mark) => performance.getEntriesByName(mark, 'mark').length, LINT_RUN_MARK);

/** Waits until the page has nothing left to do for a moment (an idle callback, twice). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestIdleCallback(() => requestIdleCallback(() => resolve(), { timeout: 1000 }), {
          timeout: 1000,
        }),
      ),
  );
}

/** Runs `act` armed for `done` and returns how long it took to paint and how many lint runs. */
async function timed(
  page: Page,
  eventType: string,
  done: Done,
  act: () => Promise<void>,
): Promise<EditSample> {
  await settle(page);
  const before = await lintRuns(page);
  await arm(page, eventType, done);
  await act();
  const paint = await page.evaluate(() => (window as BenchWindow).benchEdit as Promise<number>);
  await settle(page);
  return { paint, lintRuns: (await lintRuns(page)) - before };
}

/** The three edits of DESIGN.md §8 on the open page, each repeated. */
async function editsOn(page: Page, label: string, rename: string): Promise<EditResult[]> {
  const palette = page.getByRole('region', { name: 'Palette', exact: true });
  const pod = page.getByRole('region', { name: 'Pod', exact: true });
  const inspector = page.getByRole('region', { name: 'Inspector', exact: true });
  const mode = page.getByRole('radiogroup', { name: 'Sidecar mode' });
  const results = {
    palette: [] as EditSample[],
    rename: [] as EditSample[],
    mode: [] as EditSample[],
  };

  let current = rename;
  for (let i = 0; i < WARMUP + EDITS; i++) {
    const keep = i >= WARMUP;
    const added = await timed(page, 'click', { kind: 'added' }, () =>
      palette.getByRole('button', { name: 'Main container', exact: true }).click(),
    );
    // A fresh name each time: a name given up may be taken by the next palette click.
    const [from, to] = [current, `${rename}-r${i}`];
    current = to;
    // Selected from the keyboard, as React Flow allows: the node may lie outside the view.
    await pod.locator(`.react-flow__node[data-id="container:${from}"]`).press('Enter');
    await inspector.getByRole('heading', { name: `Container ${from}` }).waitFor();
    const field = inspector.getByLabel('Name', { exact: true });
    await field.fill(to);
    const renamed = await timed(page, 'keydown', { kind: 'container', name: to, gone: from }, () =>
      field.press('Enter'),
    );
    const legacy = i % 2 === 0;
    const switched = await timed(page, 'click', { kind: 'mode', legacy }, () =>
      mode.getByRole('radio', { name: legacy ? 'Legacy' : 'Native' }).click(),
    );
    if (keep) {
      results.palette.push(added);
      results.rename.push(renamed);
      results.mode.push(switched);
    }
  }
  return [
    { design: label, edit: 'palette click (Main container)', samples: results.palette },
    { design: label, edit: 'rename in the inspector', samples: results.rename },
    { design: label, edit: 'sidecar mode switch', samples: results.mode },
  ];
}

/**
 * Opens the built page with `design` saved, waits until everything has loaded (editor, lint,
 * inspector), then measures each edit from the input event to the painted frame.
 */
async function benchDesign(
  browser: Browser,
  url: string,
  label: string,
  design: Design,
  rename: string,
): Promise<EditResult[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(NAME_HELPER);
    await context.addInitScript(
      ([key, value]) => {
        if (sessionStorage.getItem('bench-seeded') === null) localStorage.setItem(key, value);
        sessionStorage.setItem('bench-seeded', '1');
      },
      [DESIGN_KEY, seeded(design)] as const,
    );
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.body.dataset.monacoReady === 'true', null, {
      timeout: 30_000,
    });
    await page.locator('.warnings__count').waitFor({ timeout: 30_000 });
    return await editsOn(page, label, rename);
  } finally {
    await context.close();
  }
}

/** Edit-to-paint of the starter design and of a 30-container pod. */
export async function benchEdits(browser: Browser, url: string): Promise<EditResult[]> {
  return [
    ...(await benchDesign(browser, url, 'starter design', starterDesign(), 'app')),
    ...(await benchDesign(browser, url, '30-container pod', bigDesign(30), 'c-0')),
  ];
}

/** Prints the medians against the budgets (33 ms for the starter, 50 ms for 30 containers). */
export function printEdits(results: readonly EditResult[]): void {
  console.log(
    '  edit to painted frame (from the input event until the canvas and the manifest show it; median):',
  );
  for (const r of results) {
    const budget = r.design === 'starter design' ? 33 : 50;
    const paint = median(r.samples.map((s) => s.paint));
    const runs = r.samples.map((s) => s.lintRuns);
    const verdict = paint <= budget ? 'within budget' : 'OVER BUDGET';
    console.log(
      `    ${r.design}, ${r.edit}: ${paint.toFixed(1)} ms (budget ${budget} ms, ${verdict}); lint runs per edit: median ${median(runs)}, max ${Math.max(...runs)} (n=${r.samples.length})`,
    );
  }
}
