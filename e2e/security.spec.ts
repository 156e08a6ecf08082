import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { editorText, expect, test } from './fixtures';

declare global {
  interface Window {
    /** Every Content-Security-Policy violation reported to the page (see `watchPolicy`). */
    __policyViolations?: string[];
    /** Set by a script the test injects on purpose, had the policy let it run. */
    __inlineScriptRan?: boolean;
    /** What the policy probe could and could not do (see `POLICY_PROBE`). */
    __policyProbe?: string[];
  }
}

const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/;

/**
 * A script of the page that tries what the policy forbids: eval, the Function constructor, an
 * inline script, and an image and a request from another origin.
 */
const POLICY_PROBE = `
const results = [];
try { globalThis.eval('1'); results.push('eval ran'); } catch { results.push('eval refused'); }
try { new Function('return 1')(); results.push('Function ran'); } catch { results.push('Function refused'); }
const script = document.createElement('script');
script.textContent = 'window.__inlineScriptRan = true';
document.head.append(script);
results.push(window.__inlineScriptRan ? 'inline script ran' : 'inline script refused');
// Another origin of this same computer, so that nothing could leave it had the policy failed.
new Image().src = 'http://localhost:1/elsewhere.png';
fetch('http://localhost:1/elsewhere.json').catch(() => {});
window.__policyProbe = results;
`;

/** The directives of a policy, each with its sources. */
function directivesOf(policy: string): Map<string, string[]> {
  const entries = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter(([name]) => name !== undefined && name !== '')
    .map(([name, ...sources]): [string, string[]] => [name ?? '', sources]);
  return new Map(entries);
}

/**
 * Listens, from before the page's first script, for the event a browser fires whenever the policy
 * refuses something; returns a reader of what it heard.
 */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const heard: string[] = [];
    window.__policyViolations = heard;
    document.addEventListener('securitypolicyviolation', (event) => {
      heard.push(
        `${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} in ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return () => page.evaluate(() => window.__policyViolations ?? []);
}

/** Opens the Lifecycle drawer unless it is open. */
async function openLifecycle(page: Page): Promise<void> {
  const toggle = page.locator('button[aria-controls="lifecycle-body"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

test('the built page declares a strict policy before any script or style sheet', async ({
  request,
}) => {
  const response = await request.get('/');
  const html = await response.text();
  const policy = POLICY_META.exec(html)?.[1];
  expect(policy, 'the page has no Content-Security-Policy meta element').toBeDefined();
  const directives = directivesOf(policy ?? '');
  // Besides the page's own files, one inline script may run: the one whose hash the policy names.
  const inline = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1] ?? '');
  expect(inline).toHaveLength(1);
  const digest = createHash('sha256')
    .update(inline[0] ?? '')
    .digest('base64');
  expect(Object.fromEntries(directives)).toEqual({
    'default-src': ["'none'"],
    'script-src': ["'self'", `'sha256-${digest}'`],
    'worker-src': ["'self'", 'blob:'],
    'connect-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  });
  // A policy in a meta element covers only what comes after it.
  const policyAt = html.search(POLICY_META);
  const firstResource = html.search(/<script|<link[^>]+rel="(stylesheet|modulepreload)"/);
  expect(firstResource).toBeGreaterThan(policyAt);
  // Framing can only be refused by a header, which the server sends.
  expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
});

test.describe('what the policy refuses', () => {
  test.use({ expectedConsoleErrors: { patterns: [/Content Security Policy/] } });

  test('eval, inline script, and images and requests to other origins are refused and reported', async ({
    page,
  }) => {
    const violations = await watchPolicy(page);
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Pod', exact: true })).toBeVisible();

    // The probe runs as a script of the page: code the test evaluates itself is exempt.
    await page.route('/policy-probe.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: POLICY_PROBE }),
    );
    await page.evaluate(() => {
      const probe = document.createElement('script');
      probe.src = '/policy-probe.js';
      document.head.append(probe);
    });
    await expect.poll(() => page.evaluate(() => window.__policyProbe ?? null)).not.toBeNull();
    const outcomes = await page.evaluate(() => window.__policyProbe);
    expect(outcomes).toEqual(['eval refused', 'Function refused', 'inline script refused']);
    await expect
      .poll(async () => (await violations()).map((v) => v.split(' ')[0]).sort())
      .toEqual(['connect-src', 'img-src', 'script-src', 'script-src', 'script-src-elem']);
  });
});

test('a journey through the page never meets the policy', async ({ page }) => {
  const violations = await watchPolicy(page);
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-monaco-ready', 'true');
  const palette = page.getByRole('region', { name: 'Palette', exact: true });
  const inspector = page.getByRole('region', { name: 'Inspector', exact: true });
  const pod = page.getByRole('region', { name: 'Pod', exact: true });

  await palette.getByRole('button', { name: 'Main container', exact: true }).click();
  await expect(inspector.getByRole('heading', { name: 'Container app' })).toBeVisible();
  await palette.getByRole('button', { name: 'Sidecar container', exact: true }).click();
  await palette.getByRole('button', { name: 'Init container', exact: true }).click();
  await palette.getByRole('button', { name: 'Volume', exact: true }).click();
  await page.getByRole('menuitem', { name: 'emptyDir' }).click();
  await pod.getByRole('group', { name: 'app', exact: true }).press('Enter');
  await expect(inspector.getByRole('heading', { name: 'Container app' })).toBeVisible();

  // The editor: its colours, line numbers and problem marks are all styled at run time.
  const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
  await manifest.locator('.view-line').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\n# reviewed\n');
  await expect.poll(() => editorText(page)).toContain('# reviewed');
  await page.keyboard.press('F8');
  await page.keyboard.press('Escape');

  await openLifecycle(page);
  await expect(page.getByRole('region', { name: 'Lifecycle' })).toContainText('app');

  await page.getByRole('button', { name: 'Export image', exact: true }).click();
  const picture = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PNG', exact: true }).click();
  expect((await picture).suggestedFilename()).toMatch(/\.png$/);
  const yaml = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export YAML', exact: true }).click();
  expect((await yaml).suggestedFilename()).toMatch(/\.yaml$/);

  expect(await violations()).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// Script in a manifest stays text.

interface ContainerShown {
  name: string;
  image: string;
}

interface HostileFile {
  file: string;
  /** The accessible name of the workload on the canvas. */
  workload: string;
  containers: ContainerShown[];
  /** Rule ids the Warnings list must show. */
  rules: string[];
  /** Text the manifest must show as it is, proving the payloads were kept as data. */
  manifestShows: string[];
  /** Text the exported file must hold, from documents the page does not show. */
  exportKeeps: string[];
}

const HOSTILE_FILES: HostileFile[] = [
  {
    file: 'xss-everywhere.yaml',
    workload: 'Deployment xss-shop',
    containers: [
      { name: 'setup', image: '<img src=/xss-probe/init-image onerror=__xss("init-image")>' },
      { name: 'proxy', image: "javascript:__xss('proxy-image')" },
      { name: 'app', image: '"><svg/onload=__xss("app-image")>' },
    ],
    rules: [],
    manifestShows: [
      'xss-probe/app-env',
      '<script>__xss("probe")</script>',
      '{{constructor.constructor(',
      '<iframe srcdoc=',
    ],
    exportKeeps: ['kind: ConfigMap', "<script>__xss('configmap-html')</script>"],
  },
  {
    file: 'xss-invalid-names.yaml',
    workload: 'Pod "><img src=/xss-probe/pod-name onerror=__xss("pod-name")>',
    containers: [
      { name: '<svg onload=__xss("sidecar-name")>', image: 'envoyproxy/envoy:v1.31' },
      {
        name: '<img src=/xss-probe/container-name onerror=__xss("container-name")>',
        image: 'nginx:1.27',
      },
    ],
    rules: ['api/container-name', 'api/volume-spec'],
    manifestShows: ['<script>__xss("label")</script>', 'xss-probe/container-name'],
    exportKeeps: ['xss-probe/pod-name'],
  },
];

/** Marks of anything a payload could have done: scripts that ran, dialogs, requests it made. */
async function watchPayloads(page: Page) {
  const ran: string[] = [];
  const dialogs: string[] = [];
  const probes: string[] = [];
  await page.exposeFunction('__xss', (id: string) => {
    ran.push(id);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.context().on('request', (request) => {
    if (request.url().includes('xss-probe')) probes.push(request.url());
  });
  return { ran, dialogs, probes };
}

/** Elements and attributes only markup made from a payload would have put in the page. */
function activeMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')].flatMap((element) => {
      const found: string[] = [];
      const tag = element.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed'].includes(tag)) found.push(`<${tag}>`);
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
        const isUrl = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name);
        if (isUrl && /^\s*javascript:|xss-probe/i.test(value))
          found.push(`${tag}[${name}=${value}]`);
        if (name === 'srcdoc') found.push(`${tag}[${name}]`);
      }
      return found;
    }),
  );
}

/** Serves the built page without its policy, to see that the page itself keeps payloads inert. */
async function withoutPolicy(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        /<meta http-equiv="Content-Security-Policy"[^>]*>/,
        '',
      );
      await route.fulfill({ response, body });
    },
  );
}

test('a payload that runs is seen: by its call, its dialog, its request and its markup', async ({
  page,
}) => {
  const marks = await watchPayloads(page);
  await withoutPolicy(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Pod', exact: true })).toBeVisible();
  await page.evaluate(() => {
    const markup = '<img src=/xss-probe/self-test onerror="__xss(\'self-test\');alert(1)">';
    document.body.insertAdjacentHTML('beforeend', markup);
  });
  await expect.poll(() => marks.ran).toEqual(['self-test']);
  await expect.poll(() => marks.dialogs).toEqual(['1']);
  expect(marks.probes).toEqual([expect.stringContaining('/xss-probe/self-test')]);
  expect(await activeMarkup(page)).toEqual(['img[src=/xss-probe/self-test]', 'img[onerror]']);
});

for (const policy of ['with', 'without'] as const) {
  for (const hostile of HOSTILE_FILES) {
    test(`${hostile.file}: every payload stays text, ${policy} the policy`, async ({ page }) => {
      const marks = await watchPayloads(page);
      const violations = await watchPolicy(page);
      if (policy === 'without') await withoutPolicy(page);
      await page.goto('/');
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(
        policy === 'with' ? 1 : 0,
      );
      await expect(page.locator('body')).toHaveAttribute('data-monaco-ready', 'true');

      const picker = page
        .getByRole('button', { name: 'Import', exact: true })
        .locator('xpath=following-sibling::input[@type="file"][1]');
      await picker.setInputFiles(
        fileURLToPath(new URL(`./fixtures/${hostile.file}`, import.meta.url)),
      );
      const pod = page.getByRole('region', { name: 'Pod', exact: true });
      await expect(pod.getByRole('group', { name: hostile.workload, exact: true })).toBeVisible();
      const notes = page.getByRole('dialog', { name: 'Import notes' });
      if (await notes.isVisible()) {
        await expect(notes.getByRole('listitem').first()).toBeVisible();
        await notes.getByRole('button', { name: 'Close' }).click();
      }

      const inspector = page.getByRole('region', { name: 'Inspector', exact: true });
      for (const { name, image } of hostile.containers) {
        await pod.getByRole('group', { name, exact: true }).press('Enter');
        await expect(inspector.getByRole('heading', { name: `Container ${name}` })).toBeVisible();
        await expect(inspector.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
          name,
        );
        await expect(inspector.getByRole('textbox', { name: 'Image', exact: true })).toHaveValue(
          image,
        );
      }

      const warnings = page.getByRole('list', { name: 'Warnings', exact: true });
      for (const rule of hostile.rules) await expect(warnings).toContainText(rule);

      await openLifecycle(page);
      const lifecycle = page.getByRole('region', { name: 'Lifecycle' });
      for (const { name } of hostile.containers) await expect(lifecycle).toContainText(name);

      // The whole manifest, and the editor scrolled through it line by line.
      const manifest = page.getByRole('region', { name: 'Manifest', exact: true });
      const text = (await manifest.locator('pre').textContent()) ?? '';
      for (const shown of hostile.manifestShows) expect(text).toContain(shown);
      await manifest.locator('.view-line').first().click();
      for (let i = 0; i < 6; i += 1) await page.keyboard.press('PageDown');
      await expect.poll(() => editorText(page)).toContain('__xss');

      // Other documents of the file (the ConfigMap) are kept and written back as data.
      const exported = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export YAML', exact: true }).click();
      const written = await readFile(await (await exported).path(), 'utf8');
      for (const kept of hostile.exportKeeps) expect(written).toContain(kept);

      // Failed images and SVG animations report a moment later; give them the time to.
      await page.waitForTimeout(500);
      expect(marks.ran, 'payloads that ran').toEqual([]);
      expect(marks.dialogs, 'dialogs a payload opened').toEqual([]);
      expect(marks.probes, 'requests a payload made').toEqual([]);
      expect(await activeMarkup(page), 'markup made from a payload').toEqual([]);
      expect(await violations(), 'what the policy had to refuse').toEqual([]);
    });
  }
}
