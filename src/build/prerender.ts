import { createHash } from 'node:crypto';
import { createServer, type Plugin } from 'vite';
import { FIRST_SCRIPT } from './firstScript';
import { SAVED_DESIGN_CLASS } from './pageMarks';

/** The Content-Security-Policy source that lets exactly {@link FIRST_SCRIPT} run. */
export const FIRST_SCRIPT_SOURCE = `'sha256-${createHash('sha256').update(FIRST_SCRIPT).digest('base64')}'`;

const HIDE_PRERENDERED = `.${SAVED_DESIGN_CLASS} [data-prerendered-app] .app-main{visibility:hidden}`;
const ROOT = '<div id="root"></div>';
const APP_START = /^<div class="app"/;

/** Renders the app for a new visitor with Vite's server-side module loader; see prerenderEntry. */
async function renderApp(root: string): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const entry = await server.ssrLoadModule('/src/build/prerenderEntry.tsx');
    return await (entry.renderApp as () => Promise<string>)();
  } finally {
    await server.close();
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
