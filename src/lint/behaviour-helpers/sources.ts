import type { RuleSource } from '../types';

/** The sources of sidecar-rules.md §0.3 that the behaviour rules cite. */

const K8S = 'https://github.com/kubernetes/kubernetes/blob/master/';
const KEPS = 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/';

const TABLE = {
  'D-SIDECAR': [
    'Sidecar Containers',
    'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/',
  ],
  'D-LIFE': ['Pod Lifecycle', 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/'],
  'D-INIT': [
    'Init Containers',
    'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/',
  ],
  'D-PODNET': [
    'Pod networking',
    'https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking',
  ],
  'D-VOL': ['Volumes', 'https://kubernetes.io/docs/concepts/storage/volumes/'],
  'K-KRC': [
    'kubelet: kuberuntime_container.go',
    `${K8S}pkg/kubelet/kuberuntime/kuberuntime_container.go`,
  ],
  'K-KTO': [
    'kubelet: kuberuntime_termination_order.go',
    `${K8S}pkg/kubelet/kuberuntime/kuberuntime_termination_order.go`,
  ],
  'K-PHASE': ['kubelet: kubelet_pods.go (getPhase)', `${K8S}pkg/kubelet/kubelet_pods.go`],
  'K-RES': [
    'component-helpers: resource helpers (PodRequests)',
    `${K8S}staging/src/k8s.io/component-helpers/resource/helpers.go`,
  ],
  'K-WARN': ['API warnings for pod specs', `${K8S}pkg/api/pod/warnings.go`],
  'K-VAL': ['API validation of pods', `${K8S}pkg/apis/core/validation/validation.go`],
  'K-FINDPORT': ['FindPort (named targetPort resolution)', `${K8S}pkg/api/v1/pod/util.go`],
  'K-PROBE': ['Probe port resolution', `${K8S}pkg/probe/util.go`],
  'KEP-753': ['KEP-753: Sidecar containers', `${KEPS}753-sidecar-containers/README.md`],
  'KEP-5307': ['KEP-5307: Container restart policy', `${KEPS}5307-container-restart-policy/`],
  'B-134': [
    'Kubernetes v1.34: per-container restart policy',
    'https://kubernetes.io/blog/2025/08/29/kubernetes-v1-34-per-container-restart-policy/',
  ],
  'I-BLOG': [
    'Istio: Kubernetes native sidecars in Istio',
    'https://istio.io/latest/blog/2023/native-sidecars/',
  ],
  'I-HOLD': [
    'Istio 1.7 release note: holdApplicationUntilProxyStarts',
    'https://github.com/istio/istio/blob/master/releasenotes/notes/24737.yaml',
  ],
  'I-JOBS': [
    'Istio issue 11659: Jobs never finish with the proxy',
    'https://github.com/istio/istio/issues/11659',
  ],
  'L-NATIVE': ['Linkerd: native sidecars', 'https://linkerd.io/2/features/native-sidecars/'],
} as const satisfies Record<string, readonly [string, string]>;

export type SourceKey = keyof typeof TABLE;

/** The sources with these keys, in the order given. */
export function sources(...keys: SourceKey[]): RuleSource[] {
  return keys.map((key) => {
    const [title, url] = TABLE[key];
    return { key, title, url };
  });
}
