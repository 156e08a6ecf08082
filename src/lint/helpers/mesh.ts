import { isJsonObject, type JsonObject } from '../../model/json';
import { podAnnotations } from '../../model/jsonRead';
import type { Design } from '../../model/types';

/** Mesh annotations that only make sense for legacy sidecars (sidecar-rules.md §5.3). */
export const ISTIO_CONFIG = 'proxy.istio.io/config';
export const LINKERD_WAIT = 'config.alpha.linkerd.io/proxy-wait-before-exit-seconds';

const HOLD = /["']?holdApplicationUntilProxyStarts["']?\s*:\s*["']?true\b["']?/;

export interface WorkaroundAnnotation {
  key: string;
  /** How the finding names it, e.g. `proxy.istio.io/config (holdApplicationUntilProxyStarts)`. */
  description: string;
}

export function workaroundAnnotations(annotations: JsonObject): WorkaroundAnnotation[] {
  const found: WorkaroundAnnotation[] = [];
  const istio = annotations[ISTIO_CONFIG];
  if (typeof istio === 'string' && HOLD.test(istio)) {
    found.push({
      key: ISTIO_CONFIG,
      description: `${ISTIO_CONFIG} with holdApplicationUntilProxyStarts: true`,
    });
  }
  if (annotations[LINKERD_WAIT] !== undefined) {
    found.push({ key: LINKERD_WAIT, description: LINKERD_WAIT });
  }
  return found;
}

/** The Istio proxy config without holdApplicationUntilProxyStarts; undefined when nothing is left. */
export function withoutHold(config: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(config);
    if (isJsonObject(parsed)) {
      const { holdApplicationUntilProxyStarts: _dropped, ...rest } = parsed;
      return Object.keys(rest).length > 0 ? JSON.stringify(rest) : undefined;
    }
  } catch {
    // not JSON: the annotation is YAML text
  }
  const lines = config.split('\n').filter((line) => !HOLD.test(line));
  const left = lines.join('\n');
  return left.trim() === '' || left.trim() === '{}' ? undefined : left;
}

/** The design without the legacy workaround annotations on its pod. */
export function removeWorkaroundAnnotations(design: Design): Design {
  const annotations: JsonObject = { ...podAnnotations(design) };
  for (const { key } of workaroundAnnotations(annotations)) {
    const value = annotations[key];
    const kept = key === ISTIO_CONFIG && typeof value === 'string' ? withoutHold(value) : undefined;
    if (kept === undefined) delete annotations[key];
    else annotations[key] = kept;
  }
  const field = design.kind === 'Pod' ? 'metadata' : 'templateMetadata';
  const metadata: JsonObject = { ...design[field] };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  else delete metadata.annotations;
  return { ...design, [field]: metadata };
}
