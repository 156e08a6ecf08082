import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The command line as one plain JavaScript file for Node 20+: src/cli/main.ts with the core and
 * js-yaml bundled in, so the installed package needs nothing else. `cli/build.mjs` runs this
 * and writes the package around it.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'cli/dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      output: {
        entryFileNames: 'bin/sidecar-studio.js',
        banner: '#!/usr/bin/env node',
      },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
