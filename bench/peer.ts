import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { serveFolder } from './staticServer';
import { median, NAME_HELPER } from './stats';

/** Where a built copy of the peer page is kept, next to the project. */
export const PEER_DIST = '../shared/peers/kube-composer/dist';
/** Cold loads of each page; the design document asks for at least 21. */
const LOADS = Number(process.env.BENCH_LOADS ?? 21);

interface App {
  name: string;
  url: string;
  /** A CSS selector that shows the page is working, or `mark:NAME` for a performance mark. */
  ready: string;
}

interface Load {
  fcp: number;
  ready: number;
}

type PageLoadWindow = Window & { __ready?: number | null };

/** One load in a fresh context (cold cache): first contentful paint and ready, in ms. */
async function load(browser: Browser, app: App): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(NAME_HELPER);
    await context.addInitScript((ready: string) => {
      const w = window as PageLoadWindow;
      w.__ready = null;
      if (ready.startsWith('mark:')) {
        const name = ready.slice(5);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.name === name && w.__ready === null) w.__ready = entry.startTime;
          }
        }).observe({ type: 'mark', buffered: true });
        return;
      }
      const check = () => {
        if (w.__ready !== null) return;
        for (const element of document.querySelectorAll(ready)) {
          const box = element.getBoundingClientRect();
          if (box.width > 0 || box.height > 0) w.__ready = performance.now();
        }
        if (w.__ready === null) requestAnimationFrame(check);
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true });
      requestAnimationFrame(check);
    }, app.ready);
    const page = await context.newPage();
    await page.goto(app.url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('first-contentful-paint').length > 0 &&
        typeof (window as PageLoadWindow).__ready === 'number',
      null,
      { timeout: 30_000, polling: 50 },
    );
    return await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      ready: (window as PageLoadWindow).__ready ?? Number.NaN,
    }));
  } finally {
    await context.close();
    // Lets the closed context's renderer wind down before the next load starts.
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/**
 * Sidecar Studio and Kube Composer (a static form-and-preview page, the simplest thing a person
 * could pick instead) loaded in turn, cold, from the same static server, and their medians
 * compared. Skipped with a message when the peer's build is not next to the project.
 */
export async function benchPeer(browser: Browser, dist: string): Promise<void> {
  if (!existsSync(`${PEER_DIST}/index.html`)) {
    console.log(`  side by side with Kube Composer: skipped, no build of it at ${PEER_DIST}`);
    return;
  }
  const ours = await serveFolder(dist);
  const peer = await serveFolder(PEER_DIST);
  const apps: App[] = [
    { name: 'Kube Composer', url: peer.url, ready: 'main h2' },
    { name: 'Sidecar Studio', url: ours.url, ready: 'mark:canvas-ready' },
  ];
  const loads = new Map<string, Load[]>(apps.map((app) => [app.name, []]));
  const failures: string[] = [];
  try {
    for (let round = 0; round <= LOADS; round++) {
      for (const app of apps) {
        try {
          const measured = await load(browser, app);
          if (round > 0) loads.get(app.name)?.push(measured);
        } catch (error) {
          const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
          failures.push(`${app.name}: ${reason}`);
        }
      }
    }
  } finally {
    await ours.close();
    await peer.close();
  }
  const med = (name: string, key: keyof Load) => median((loads.get(name) ?? []).map((l) => l[key]));
  const row = (label: string, key: keyof Load) => {
    const theirs = med('Kube Composer', key);
    const mine = med('Sidecar Studio', key);
    const ratio = mine / theirs;
    const tie = ratio <= 1.25 ? (ratio <= 1 ? 'no slower' : 'a tie within ±25%') : 'SLOWER';
    return `    ${label.padEnd(40)} ${theirs.toFixed(0).padStart(6)} ms  ${mine.toFixed(0).padStart(6)} ms  ${ratio.toFixed(2)}×  ${tie}`;
  };
  console.log(
    `  side by side with Kube Composer, ${LOADS} cold loads each, interleaved (median; ratio = ours / theirs):`,
  );
  console.log(`    ${'metric'.padEnd(40)} ${'theirs'.padStart(9)}  ${'ours'.padStart(9)}`);
  console.log(row('first contentful paint', 'fcp'));
  console.log(row('ready (their working UI / our canvas-ready)', 'ready'));
  for (const failure of failures) console.log(`    a load failed and is left out: ${failure}`);
}
