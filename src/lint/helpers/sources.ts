import type { RuleSource } from '../types';

const K8S = 'https://github.com/kubernetes/kubernetes/blob/master/';
const KEPS = 'https://github.com/kubernetes/enhancements/tree/master/keps/';
const DOCS = 'https://kubernetes.io/docs/';

/** The pages rules cite, by their key in sidecar-rules.md §0.3: title and address. */
const TABLE = {
  'K-VAL': [
    'Kubernetes API validation of pod specs (validation.go)',
    `${K8S}pkg/apis/core/validation/validation.go`,
  ],
  'K-VALT': [
    'Kubernetes API validation tests (validation_test.go)',
    `${K8S}pkg/apis/core/validation/validation_test.go`,
  ],
  'K-APIMV': [
    'Kubernetes name and port validation helpers',
    `${K8S}staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go`,
  ],
  'K-PODUTIL': [
    'Kubernetes pod field dropping for disabled features (util.go)',
    `${K8S}pkg/api/pod/util.go`,
  ],
  'K-BATCH': ['Kubernetes Job validation', `${K8S}pkg/apis/batch/validation/validation.go`],
  'K-APPS': [
    'Kubernetes Deployment, StatefulSet and DaemonSet validation',
    `${K8S}pkg/apis/apps/validation/validation.go`,
  ],
  'K-FEAT': ['Kubernetes feature gates (kube_features.go)', `${K8S}pkg/features/kube_features.go`],
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
  'K-FINDPORT': ['FindPort (named targetPort resolution)', `${K8S}pkg/api/v1/pod/util.go`],
  'K-PROBE': ['Probe port resolution', `${K8S}pkg/probe/util.go`],
  'KEP-753': ['KEP-753: Sidecar containers', `${KEPS}sig-node/753-sidecar-containers`],
  'KEP-2227': [
    'KEP-2227: kubectl default container (kubectl.kubernetes.io/default-container)',
    `${KEPS}sig-cli/2227-kubectl-default-container`,
  ],
  'K-PODCMD': [
    'kubectl: podcmd.FindOrDefaultContainerByName',
    'https://github.com/kubernetes/kubectl/blob/master/pkg/cmd/util/podcmd/podcmd.go',
  ],
  'KEP-5307': [
    'KEP-5307: Container restart policy and rules',
    `${KEPS}sig-node/5307-container-restart-policy`,
  ],
  'KEP-2885': [
    'KEP-2885: Server-side unknown field validation',
    `${KEPS}sig-api-machinery/2885-server-side-unknown-field-validation`,
  ],
  'D-SIDECAR': [
    'Kubernetes documentation: Sidecar containers',
    `${DOCS}concepts/workloads/pods/sidecar-containers/`,
  ],
  'D-LIFE': [
    'Kubernetes documentation: Pod lifecycle',
    `${DOCS}concepts/workloads/pods/pod-lifecycle/`,
  ],
  'D-INIT': [
    'Kubernetes documentation: Init containers',
    `${DOCS}concepts/workloads/pods/init-containers/`,
  ],
  'D-PODNET': ['Pod networking', `${DOCS}concepts/workloads/pods/#pod-networking`],
  'D-VOL': ['Kubernetes documentation: Volumes', `${DOCS}concepts/storage/volumes/`],
  'D-PIDNS': [
    'Kubernetes documentation: Share process namespace between containers in a pod',
    `${DOCS}tasks/configure-pod-container/share-process-namespace/`,
  ],
  'D-HOOKS': [
    'Kubernetes documentation: Container lifecycle hooks',
    `${DOCS}concepts/containers/container-lifecycle-hooks/`,
  ],
  'D-DEPRECATION': [
    'Kubernetes documentation: Deprecated API migration guide',
    `${DOCS}reference/using-api/deprecation-guide/`,
  ],
  'D-FIELDVAL': [
    'Kubernetes documentation: Field validation',
    `${DOCS}reference/using-api/api-concepts/#field-validation`,
  ],
  'B-128': [
    'Kubernetes v1.28: Introducing native sidecar containers',
    'https://kubernetes.io/blog/2023/08/25/native-sidecar-containers/',
  ],
  'B-134': [
    'Kubernetes v1.34: Per-container restart policy',
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
