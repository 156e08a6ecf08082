import { renderToStringAsync } from 'preact-render-to-string';
import { StrictMode } from 'react';
import { loadManifestWriter } from '../store/useManifest';
import { App } from '../ui/app/App';

/**
 * The HTML of the page as a new visitor first sees it: whatever App renders for a new design,
 * with the parts that load lazily (the warnings) waited for and written in place. The editor is
 * not in it; it loads once the canvas is interactive.
 */
export async function renderApp(): Promise<string> {
  await loadManifestWriter();
  return await renderToStringAsync(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
