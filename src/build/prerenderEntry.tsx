import { PassThrough } from 'node:stream';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { loadManifestWriter } from '../store/useManifest';
import { App } from '../ui/app/App';

/**
 * The HTML of the page as a new visitor first sees it: whatever App renders for a new design,
 * with the parts that load lazily (the warnings, the canvas) waited for. The editor is not in it;
 * it loads once the canvas is interactive.
 */
async function renderOnce(): Promise<string> {
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude.pipe(new PassThrough())) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

export async function renderApp(): Promise<string> {
  await loadManifestWriter();
  // The first pass waits for the lazy parts; the second, synchronous one finds them loaded and
  // writes them in place, never streamed in with inline scripts (which the policy refuses).
  await renderOnce();
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
