import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import playwrightConfig from '../playwright.config';
import { starterDesign } from '../src/model/create';
import { createEnvelope, serialiseEnvelope } from '../src/persist/envelope';
import { DESIGN_KEY } from '../src/persist/keys';
import { benchEdits, printEdits } from './editPaint';
import { benchPeer } from './peer';
import { serveFolder } from './staticServer';
import { median, NAME_HELPER } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${ROOT}dist`;
const RUNS = 7;
/** Every host but this computer fails to resolve at once, as on a machine without network. */
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';

interface SavedLoad {
  fcp: number;
  canvas: number;
  monaco: number;
}

/** One cold load with the starter design saved: until the canvas, then the editor, are ready. */
async function savedLoad(browser: Browser, url: string, seed: string): Promise<SavedLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(NAME_HELPER);
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      DESIGN_KEY,
      seed,
    ] as const);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await page.waitForFunction(() => document.body.dataset.monacoReady === 'true', null, {
      timeout: 30_000,
    });
    return await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      return {
        fcp: at('first-contentful-paint'),
        canvas: at('canvas-ready'),
        monaco: at('monaco-ready'),
      };
    });
  } finally {
    await context.close();
  }
}

async function benchSavedLoads(browser: Browser): Promise<void> {
  const server = await serveFolder(DIST);
  const seed = serialiseEnvelope(
    createEnvelope(starterDesign(), { tabId: 'bench', revision: 1 }, new Date('2025-01-01')),
  );
  const runs: SavedLoad[] = [];
  try {
    for (let i = 0; i < RUNS; i++) runs.push(await savedLoad(browser, server.url, seed));
  } finally {
    await server.close();
  }
  const pick = (key: keyof SavedLoad) => median(runs.map((r) => r[key])).toFixed(0);
  console.log(`  with the starter design saved, median of ${RUNS} cold loads:`);
  console.log(
    `    first contentful paint ${pick('fcp')} ms, canvas ready ${pick('canvas')} ms, editor ready ${pick('monaco')} ms`,
  );
}

/**
 * The built page in headless Chromium: cold loads with a saved design, the three edits of
 * DESIGN.md §8 from input to painted frame, and the side-by-side load against Kube Composer.
 */
export async function benchPage(): Promise<void> {
  console.log('\nIn the browser');
  if (!existsSync(`${DIST}/index.html`)) {
    console.log('  no build found; run npm run build first.');
    return;
  }
  const launch = playwrightConfig.use?.launchOptions ?? {};
  const executablePath = launch.executablePath ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.log(`  no Chromium at ${executablePath}; skipped.`);
    return;
  }
  const began = Date.now();
  const browser = await chromium.launch({
    executablePath,
    args: [...(launch.args ?? []), OFFLINE],
    headless: true,
  });
  try {
    await benchSavedLoads(browser);
    const server = await serveFolder(DIST);
    try {
      printEdits(await benchEdits(browser, server.url));
    } finally {
      await server.close();
    }
    await benchPeer(browser, DIST);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    console.log(`  stopped: ${reason}`);
  } finally {
    await browser.close();
  }
  console.log(`  page benchmarks took ${((Date.now() - began) / 1000).toFixed(1)} s`);
}
