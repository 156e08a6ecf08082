import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  FRAME_ANCESTORS_HEADER,
  withScriptSources,
} from './src/build/contentSecurityPolicy';
import { firstPaintChunk } from './src/build/firstPaintChunk';
import { inlineFirstStyles } from './src/build/inlineFirstStyles';
import { offlineServiceWorker } from './src/build/offlineServiceWorker';
import { PREACT_ALIASES } from './src/build/preactAliases';
import { FIRST_SCRIPT_SOURCE, prerender } from './src/build/prerender';

const firstPaint = firstPaintChunk();

export default defineConfig({
  plugins: [
    react(),
    firstPaint.plugin,
    // The built page arrives with the workspace of a new design drawn (see src/build/prerender).
    prerender(),
    // The built page carries a strict Content-Security-Policy (each directive is explained there);
    // its one inline script, the prerender's saved-design probe, is allowed by its hash.
    contentSecurityPolicy(withScriptSources(CONTENT_SECURITY_POLICY, [FIRST_SCRIPT_SOURCE])),
    // The page's own styles come inside index.html: no request stands before its first layout.
    inlineFirstStyles(),
    // The built page works offline: sw.js keeps every file of the build (see src/sw).
    offlineServiceWorker(),
  ],
  // React's API, run by Preact (see src/build/preactAliases).
  resolve: { alias: PREACT_ALIASES },
  // The yaml worker's CommonJS dependency is not pre-bundled otherwise ("module is not defined").
  optimizeDeps: { include: ['monaco-yaml > path-browserify'] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  // frame-ancestors only works as a header, so the preview server sends it as one.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': FRAME_ANCESTORS_HEADER },
  },
  // Every browser the page supports preloads modules itself: no polyfill in the first script.
  build: {
    chunkSizeWarningLimit: 4000,
    modulePreload: { polyfill: false },
    // What the first paint needs comes in one file (see src/build/firstPaintChunk).
    rolldownOptions: {
      // React Flow wraps its components in memo() and forwardRef(), calls a bundler cannot know
      // are pure: said here, the parts of it the page never uses (the minimap, the resizer)
      // stay out of the first paint.
      treeshake: { manualPureFunctions: ['memo', 'forwardRef', 'createContext'] },
      output: {
        codeSplitting: { groups: [{ name: 'first-paint', test: firstPaint.isFirstPaint }] },
      },
    },
  },
  worker: { format: 'es' },
});
