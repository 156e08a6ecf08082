import { PassThrough } from 'node:stream';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { loadManifestWriter } from '../store/useManifest';
import { App } from '../ui/app/App';

/**
 * The HTML of the page as a new visitor first sees it: whatever App renders for a new design,
 * with the parts that load lazily (the warnings, the canvas) waited for. The editor is not in it;
 * it loads once the canvas is interactive.
 */
export async function renderApp(): Promise<string> {
  await loadManifestWriter();
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude.pipe(new PassThrough())) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
