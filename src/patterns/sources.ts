import type { PatternSource } from './types';

const DOCS = 'https://kubernetes.io/docs/';

/** The pages patterns cite, by a short key. */
export const PATTERN_SOURCES = {
  sidecars: {
    title: 'Kubernetes documentation: Sidecar containers',
    url: `${DOCS}concepts/workloads/pods/sidecar-containers/`,
  },
  sidecarJobs: {
    title: 'Kubernetes documentation: Jobs with sidecar containers',
    url: `${DOCS}concepts/workloads/pods/sidecar-containers/#jobs-with-sidecar-containers`,
  },
  initContainers: {
    title: 'Kubernetes documentation: Init containers',
    url: `${DOCS}concepts/workloads/pods/init-containers/`,
  },
  podLifecycle: {
    title: 'Kubernetes documentation: Pod lifecycle, termination with sidecars',
    url: `${DOCS}concepts/workloads/pods/pod-lifecycle/#termination-with-sidecars`,
  },
  loggingAgent: {
    title: 'Kubernetes documentation: Sidecar container with a logging agent',
    url: `${DOCS}concepts/cluster-administration/logging/#sidecar-container-with-logging-agent`,
  },
  emptyDir: {
    title: 'Kubernetes documentation: emptyDir volumes',
    url: `${DOCS}concepts/storage/volumes/#emptydir`,
  },
  sharedVolume: {
    title: 'Kubernetes documentation: Communicate between containers in the same Pod',
    url: `${DOCS}tasks/access-application-cluster/communicate-containers-same-pod-shared-volume/`,
  },
  jobs: {
    title: 'Kubernetes documentation: Jobs',
    url: `${DOCS}concepts/workloads/controllers/job/`,
  },
  compositePatterns: {
    title: 'Kubernetes blog: Patterns for composite containers (sidecar, ambassador, adapter)',
    url: 'https://kubernetes.io/blog/2015/06/the-distributed-system-toolkit-patterns/',
  },
  nativeSidecarBlog: {
    title: 'Kubernetes blog: Introducing native sidecar containers (v1.28)',
    url: 'https://kubernetes.io/blog/2023/08/25/native-sidecar-containers/',
  },
  istioNative: {
    title: 'Istio blog: Kubernetes native sidecars in Istio',
    url: 'https://istio.io/latest/blog/2023/native-sidecars/',
  },
  linkerdNative: {
    title: 'Linkerd documentation: Native sidecars',
    url: 'https://linkerd.io/2/features/native-sidecars/',
  },
  fluentBit: {
    title: 'Fluent Bit documentation: Kubernetes',
    url: 'https://docs.fluentbit.io/manual/installation/kubernetes',
  },
  redisExporter: {
    title: 'redis_exporter: Prometheus exporter for Redis metrics',
    url: 'https://github.com/oliver006/redis_exporter',
  },
  cloudSqlProxy: {
    title: 'Google Cloud: Connect to Cloud SQL from Google Kubernetes Engine',
    url: 'https://cloud.google.com/sql/docs/postgres/connect-kubernetes-engine',
  },
  gitSync: {
    title: 'git-sync: a sidecar that pulls a git repository into a volume',
    url: 'https://github.com/kubernetes/git-sync',
  },
  vaultAgent: {
    title: 'HashiCorp Vault documentation: Vault Agent',
    url: 'https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent',
  },
} as const satisfies Record<string, PatternSource>;
