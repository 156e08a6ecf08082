import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, transformWithOxc } from 'vite';

/** Where the built worker is written, at the root of the page's scope. */
export const SERVICE_WORKER_FILE = 'sw.js';

const WORKER_SOURCE = fileURLToPath(new URL('../sw/serviceWorker.ts', import.meta.url));

/** Every file under `dir`, as `/`-separated paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * The worker's code as a plain script: src/sw/serviceWorker.ts without its types and with the
 * `export` of its top-level declarations taken away (a service worker is not a module here).
 */
async function workerScript(): Promise<string> {
  const source = readFileSync(WORKER_SOURCE, 'utf8');
  const { code } = await transformWithOxc(source, WORKER_SOURCE, { lang: 'ts' });
  const script = code.replace(/^export (?=(async )?function |const )/gm, '');
  if (/^\s*(import|export)\b/m.test(script)) {
    throw new Error(`${WORKER_SOURCE} must not import anything or export other than declarations`);
  }
  return script;
}

/**
 * Writes the offline service worker, `sw.js`, into the build. It lists every file of the build
 * (index.html, the hashed scripts, styles, fonts and workers, and the files of public/) and a
 * version made from their names and contents, so that each new build installs afresh.
 */
export function offlineServiceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'sidecar-studio:offline-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const contents = new Map<string, string | Uint8Array>();
        for (const [name, output] of Object.entries(bundle)) {
          contents.set(name, output.type === 'chunk' ? output.code : output.source);
        }
        for (const name of publicDir ? filesUnder(publicDir) : []) {
          contents.set(name, readFileSync(join(publicDir, name)));
        }
        if (!contents.has('index.html')) throw new Error('The build has no index.html to keep');
        if (contents.has(SERVICE_WORKER_FILE)) {
          throw new Error(`${SERVICE_WORKER_FILE} is written by the build; remove the other one`);
        }
        const files = [...contents.keys()].filter((name) => !name.endsWith('.map')).sort();
        const script = await workerScript();
        const hash = createHash('sha256').update(script);
        for (const name of files) hash.update(`\0${name}\0`).update(contents.get(name) ?? '');
        const precache = { version: hash.digest('hex').slice(0, 16), files };
        this.emitFile({
          type: 'asset',
          fileName: SERVICE_WORKER_FILE,
          source: `${script}\nserveOffline(self, ${JSON.stringify(precache, null, 2)});\n`,
        });
      },
    },
  };
}
