import type { Plugin } from 'vite';

/** `html` with each style sheet of `sheets` written in as a `<style>` element ending its head. */
export function withInlineStyles(html: string, sheets: readonly string[]): string {
  if (sheets.length === 0) return html;
  if (!html.includes('</head>')) throw new Error('The page has no </head> to put its styles in');
  for (const sheet of sheets) {
    if (/<\/style/i.test(sheet)) throw new Error('A style sheet would end its own <style> element');
  }
  const styles = sheets.map((sheet) => `<style>${sheet.trim()}</style>\n  `).join('');
  return html.replace('</head>', () => `${styles}</head>`);
}

/**
 * Writes the style sheet of the page's entry into index.html instead of linking it. The page then
 * lays out its prerendered workspace as soon as the HTML is parsed, instead of after one more
 * request; that layout is done by the time the page's script has arrived, and the script runs
 * without waiting for it. The sheet leaves the build, and with it the lists of what the parts
 * loaded later fetch first; their own style sheets stay files.
 */
export function inlineFirstStyles(): Plugin {
  let sheets: string[] = [];
  return {
    name: 'sidecar-studio:inline-first-styles',
    apply: 'build',
    generateBundle: {
      // Before Vite links the entry's styles into the page and into the preload lists.
      order: 'pre',
      handler(_options, bundle) {
        sheets = [];
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry || !chunk.viteMetadata) continue;
          for (const fileName of chunk.viteMetadata.importedCss) {
            const asset = bundle[fileName];
            if (asset?.type !== 'asset') continue;
            const { source } = asset;
            sheets.push(typeof source === 'string' ? source : new TextDecoder().decode(source));
            chunk.viteMetadata.importedCss.delete(fileName);
            delete bundle[fileName];
          }
        }
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withInlineStyles(html, sheets),
    },
  };
}
