import { test as base, expect, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const INLINE_PROTOCOLS = new Set(['data:', 'blob:']);

/** True for a URL that would leave this computer. */
export function leavesThisComputer(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return !INLINE_PROTOCOLS.has(protocol) && !LOCAL_HOSTS.has(hostname);
}

interface GuardOptions {
  /** Console errors a test expects (for example a part of the page it makes fail on purpose). */
  expectedConsoleErrors: { patterns: RegExp[] };
}

/**
 * The page, guarded: every request is recorded and any that would leave 127.0.0.1 is refused and
 * fails the test, as does any uncaught page error or console error the test did not expect.
 */
export const test = base.extend<GuardOptions>({
  expectedConsoleErrors: [{ patterns: [] }, { option: true }],
  page: async ({ page, context, expectedConsoleErrors }, use) => {
    const foreign: string[] = [];
    const problems: string[] = [];
    context.on('request', (request) => {
      if (leavesThisComputer(request.url())) foreign.push(request.url());
    });
    await context.route(
      (url) => leavesThisComputer(url.href),
      (route) => route.abort('blockedbyclient'),
    );
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (!expectedConsoleErrors.patterns.some((pattern) => pattern.test(text))) {
        problems.push(`console error: ${text}`);
      }
    });

    await use(page);

    expect(foreign, 'requests that left 127.0.0.1').toEqual([]);
    expect(problems, 'errors on the page').toEqual([]);
  },
});

export { expect };

/** The text the manifest editor shows: its lines, top to bottom, joined by newlines. */
export async function editorText(page: Page): Promise<string> {
  return page.locator('.view-lines').evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('.view-line')]
      .sort((a, b) => Number.parseFloat(a.style.top) - Number.parseFloat(b.style.top))
      .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '))
      .join('\n'),
  );
}
