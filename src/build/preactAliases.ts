import type { Alias } from 'vite';

/**
 * The page is written against React's API and runs on Preact through its compatibility layer:
 * the same components and React Flow, at a tenth of React DOM's weight on the first paint. The
 * page's build and the prerender both resolve React's modules to Preact's with these aliases, so
 * the prerendered markup is exactly what the page hydrates.
 */
export const PREACT_ALIASES: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
];
