import type { JsonObject } from '../../model/json';
import type { SidecarPurpose } from '../../model/types';

/**
 * Guesses a sidecar's purpose from its image and name (sidecar-rules.md §8.0). A guess is only a
 * guess: the caller marks it as such so the page can ask the user to confirm it.
 */
const PATTERNS: ReadonlyArray<{ purpose: SidecarPurpose; image: RegExp; name: RegExp }> = [
  {
    purpose: 'proxy',
    image:
      /(istio\/proxyv2|\/proxyv2|linkerd[^/]*\/proxy|linkerd2?-proxy|envoyproxy\/envoy|\benvoy\b|cloud-?sql-proxy|oauth2-proxy)/,
    name: /^(istio-proxy|linkerd-proxy|envoy(-sidecar)?|cloud-?sql-proxy|oauth2-proxy)$/,
  },
  {
    purpose: 'log-shipper',
    image: /(fluent-?bit|fluentd|timberio\/vector|\/vector:|promtail|filebeat|logstash)/,
    name: /(log-?shipper|logging-agent|fluent-?bit|fluentd|promtail|filebeat|log-forwarder)/,
  },
  {
    purpose: 'config-reloader',
    image: /(configmap-reload|config-reloader|kiwigrid\/k8s-sidecar|reloader)/,
    name: /(config-?reloader|configmap-reload|reloader)/,
  },
  {
    purpose: 'other',
    image: /(git-sync|linkerd[^/]*\/debug|cloud-sql-connectors)/,
    name: /(-sidecar$|^sidecar-|git-sync)/,
  },
];

/** The purpose a container's image or name suggests, if any. */
export function guessPurpose(container: JsonObject): SidecarPurpose | undefined {
  const image = typeof container.image === 'string' ? container.image.toLowerCase() : '';
  const name = typeof container.name === 'string' ? container.name.toLowerCase() : '';
  for (const pattern of PATTERNS) {
    if ((image && pattern.image.test(image)) || pattern.name.test(name)) return pattern.purpose;
  }
  return undefined;
}
