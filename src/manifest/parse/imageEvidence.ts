import type { SidecarPurpose } from '../../model/types';

/**
 * The repository of an image reference, lower case, without registry port confusion, tag or
 * digest: `docker.io/envoyproxy/envoy:v1.30` → `docker.io/envoyproxy/envoy`.
 */
export function imageRepository(image: string): string {
  const withoutDigest = image.trim().toLowerCase().split('@')[0] ?? '';
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  return colon > slash ? withoutDigest.slice(0, colon) : withoutDigest;
}

/** The last path segment of a repository: `docker.io/envoyproxy/envoy` → `envoy`. */
export function imageName(repository: string): string {
  return repository.slice(repository.lastIndexOf('/') + 1);
}

/**
 * Images that run one known sidecar program, matched on the repository only (never on the tag:
 * `openpolicyagent/opa:0.60-envoy` is OPA, not Envoy). Each entry names the program for the
 * reason shown with the guess.
 */
const IMAGE_PURPOSES: ReadonlyArray<{ purpose: SidecarPurpose; repository: RegExp }> = [
  { purpose: 'proxy', repository: /(^|\/)istio\/proxyv2$|(^|\/)proxyv2$/ },
  { purpose: 'proxy', repository: /(^|\/)linkerd\/proxy$|(^|\/)linkerd2?-proxy$/ },
  { purpose: 'proxy', repository: /(^|\/)envoyproxy\/envoy(-alpine|-distroless|-dev)?$/ },
  { purpose: 'proxy', repository: /(^|\/)envoy$/ },
  { purpose: 'proxy', repository: /(^|\/)(cloud-?sql-proxy|gce-proxy|oauth2-proxy|socat)$/ },
  {
    purpose: 'log-shipper',
    repository:
      /(^|\/)(fluent-?bit|fluentd[-a-z0-9]*|vector|promtail|filebeat|logstash|stackdriver-logging-agent)$/,
  },
  {
    purpose: 'config-reloader',
    repository: /(^|\/)(configmap-reload|[a-z-]*config-reloader|k8s-sidecar)$/,
  },
  {
    purpose: 'other',
    repository:
      /(^|\/)(git-sync|statsd-exporter|prometheus-to-sd|jaeger-agent|opentelemetry-collector[-a-z]*|otel-collector|linkerd\/debug|opa|ext-authz|csi-(node-driver-registrar|provisioner|attacher|resizer|snapshotter)|livenessprobe)$/,
  },
];

/** The purpose an image's repository shows, with the repository as evidence. */
export function purposeOfImage(repository: string): SidecarPurpose | undefined {
  if (repository === '') return undefined;
  return IMAGE_PURPOSES.find((p) => p.repository.test(repository))?.purpose;
}

/**
 * Base images that say nothing about the program (a name or command must tell): a container
 * named `logshipper` running `alpine` is believed, one running `openpolicyagent/opa` is not.
 */
const GENERIC_IMAGES =
  /^(busybox|alpine|ubuntu|debian|centos|fedora|bash|curl|python|node|golang|nginx|registry\.k8s\.io\/pause|k8s\.gcr\.io\/pause)$/;

export function isGenericImage(repository: string): boolean {
  return (
    repository === '' ||
    GENERIC_IMAGES.test(imageName(repository)) ||
    GENERIC_IMAGES.test(repository)
  );
}

/** Container names that say what a sidecar does. */
const NAME_PURPOSES: ReadonlyArray<{ purpose: SidecarPurpose; name: RegExp }> = [
  {
    purpose: 'proxy',
    name: /^(istio-proxy|linkerd-proxy|envoy|envoy-sidecar|cloud-?sql-proxy|oauth2-proxy|ambassador(-sidecar)?)$/,
  },
  {
    purpose: 'log-shipper',
    name: /(log-?shipper|logging-agent|fluent-?bit|fluentd|promtail|filebeat|log-forwarder)/,
  },
  { purpose: 'config-reloader', name: /(config-?reloader|configmap-reload)/ },
  {
    purpose: 'other',
    name: /(-sidecar$|^sidecar-|^git-sync$|^statsd-exporter$|^jaeger-agent$|^otel-collector$|^ext-authz$|^opa$)/,
  },
];

/** The purpose a container's name shows. */
export function purposeOfName(name: string): SidecarPurpose | undefined {
  const lower = name.toLowerCase();
  return NAME_PURPOSES.find((p) => p.name.test(lower))?.purpose;
}
