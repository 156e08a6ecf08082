import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page. Everything the page needs comes from its own
 * origin, so each kind of resource is allowed from 'self' alone, and only where it is used:
 *
 * - `default-src 'none'`: anything not named below (frames, media, ...) is refused.
 * - `script-src 'self'`: the bundled scripts only; no `eval`, and no inline script but the ones
 *   named by their hash (the prerender's saved-design probe, see `withScriptSources`).
 * - `worker-src 'self' blob:`: Monaco's editor and YAML workers and the offline service worker
 *   are files of the page. blob: is for Monaco's own way of starting a worker from a blob: URL;
 *   the page as built starts none that way, so it may be dropped once that stays true.
 * - `connect-src 'self'`: the page and its service worker fetch only their own files.
 * - `img-src 'self' data:`: the icons; the few icons Monaco's style sheet draws from data: URLs;
 *   and the picture export, which renders the diagram through a data: image.
 * - `font-src 'self'`: Monaco's icon font.
 * - `style-src 'self' 'unsafe-inline'`: the page's style sheets, plus the inline styles Monaco
 *   cannot do without. Tried without 'unsafe-inline', the first load of a new design alone
 *   had 63 of the editor's styles refused. Monaco writes its theme and token colours (about 120 KB) into a `<style class="monaco-colors">`
 *   element it makes at run time, so the text lost every colour; and it builds its line numbers,
 *   current-line box and problem underlines as markup text with `style="top: …"` attributes, so
 *   those vanished. Neither can take a nonce or a hash in Monaco 0.52. React and React Flow only
 *   set styles through the DOM, which the policy never blocks. Inline styles cannot run code, and
 *   with images, fonts and connections held to this origin they cannot send anything away.
 * - `manifest-src 'self'`: the web app manifest.
 * - `object-src 'none'`: no plug-ins.
 * - `base-uri 'self'`: a `<base>` element cannot send relative URLs elsewhere.
 * - `form-action 'self'`: a form, were one ever injected, cannot post elsewhere.
 *
 * `frame-ancestors` (who may show the page in a frame) only works as an HTTP header; a policy in
 * a `<meta>` element ignores it (as it ignores `report-uri` and `sandbox`). The host must send
 * `FRAME_ANCESTORS_HEADER` as a header; the preview server does.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** `policy` with `sources` (e.g. `'sha256-…'` of an inline script) added to its script-src. */
export function withScriptSources(policy: string, sources: readonly string[]): string {
  return policy
    .split('; ')
    .map((directive) =>
      directive.startsWith('script-src ') ? [directive, ...sources].join(' ') : directive,
    )
    .join('; ');
}

/** The part of the policy only an HTTP header can carry: no other site may frame the page. */
export const FRAME_ANCESTORS_HEADER = "frame-ancestors 'none'";

const CHARSET = /<meta charset="UTF-8"\s*\/?>/i;

/**
 * Writes the policy into the built page as a `<meta http-equiv>` element right after the charset,
 * before any script or style sheet, so that it covers all of them. Build only: the development
 * server injects inline scripts and styles of its own that the policy would refuse.
 */
export function contentSecurityPolicy(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'sidecar-studio:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!CHARSET.test(html)) throw new Error('index.html has no <meta charset="UTF-8">');
        const escaped = policy.replace(/"/g, '&quot;');
        return html.replace(
          CHARSET,
          (charset) =>
            `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${escaped}" />`,
        );
      },
    },
  };
}
