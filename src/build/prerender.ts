import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import { FIRST_SCRIPT } from './firstScript';
import { SAVED_DESIGN_CLASS } from './pageMarks';
import { PREACT_ALIASES } from './preactAliases';

/** The Content-Security-Policy source that lets exactly {@link FIRST_SCRIPT} run. */
export const FIRST_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(FIRST_SCRIPT).digest('base64')}'`;

const HIDE_PRERENDERED = `.${SAVED_DESIGN_CLASS} [data-prerendered-app] .app-main{visibility:hidden}`;
const ROOT = '<div id="root"></div>';
const APP_START = /^<div class="app"/;

/**
 * Renders the app for a new visitor: the prerender entry is bundled for Node with the same
 * aliases as the page (so the markup is exactly what the page will hydrate), then run.
 */
async function renderApp(root: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'sidecar-studio-prerender-'));
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'error',
      resolve: { alias: PREACT_ALIASES },
      ssr: { noExternal: true },
      build: {
        ssr: 'src/build/prerenderEntry.tsx',
        outDir,
        emptyOutDir: true,
        minify: false,
        // The editor loads only in a browser, once the canvas is interactive: never here.
        rolldownOptions: { external: [/^monaco-editor/, /^monaco-yaml/, /\?worker$/] },
      },
    });
    const entry = await import(pathToFileURL(join(outDir, 'prerenderEntry.js')).href);
    return await (entry.renderApp as () => Promise<string>)();
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * Puts the workspace of a new design (whatever App renders: header, palette, the empty pod on
 * the canvas, the manifest as text, the warnings) into the built index.html, so the first paint
 * is the workspace itself; src/main.tsx then hydrates it. Adds the probe that hides it when a
 * saved design is about to replace it. Build only.
 */
export function prerender(): Plugin {
  let root = process.cwd();
  return {
    name: 'sidecar-studio:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT} to render into`);
        const app = await renderApp(root);
        if (!APP_START.test(app)) throw new Error('The prerendered page does not start with .app');
        if (/<script/i.test(app)) {
          throw new Error('The prerendered page has inline scripts, which its policy refuses');
        }
        const marked = app.replace(APP_START, '<div class="app" data-prerendered-app=""');
        return html
          .replace(ROOT, () => `<div id="root" data-prerendered="">${marked}</div>`)
          .replace(
            '</title>',
            `</title>\n    <style>${HIDE_PRERENDERED}</style>\n    <script>${FIRST_SCRIPT}</script>`,
          );
      },
    },
  };
}
