import type { RuleSource } from '../types';

const K8S = 'https://github.com/kubernetes/kubernetes/blob/master';
const KEPS = 'https://github.com/kubernetes/enhancements/tree/master/keps';

/** The pages rules cite, by their key in sidecar-rules.md §0.3. */
export const SOURCES = {
  K_VAL: {
    key: 'K-VAL',
    title: 'Kubernetes API validation of pod specs (validation.go)',
    url: `${K8S}/pkg/apis/core/validation/validation.go`,
  },
  K_VALT: {
    key: 'K-VALT',
    title: 'Kubernetes API validation tests (validation_test.go)',
    url: `${K8S}/pkg/apis/core/validation/validation_test.go`,
  },
  K_APIMV: {
    key: 'K-APIMV',
    title: 'Kubernetes name and port validation helpers',
    url: `${K8S}/staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go`,
  },
  K_PODUTIL: {
    key: 'K-PODUTIL',
    title: 'Kubernetes pod field dropping for disabled features (util.go)',
    url: `${K8S}/pkg/api/pod/util.go`,
  },
  K_BATCH: {
    key: 'K-BATCH',
    title: 'Kubernetes Job validation',
    url: `${K8S}/pkg/apis/batch/validation/validation.go`,
  },
  K_APPS: {
    key: 'K-APPS',
    title: 'Kubernetes Deployment, StatefulSet and DaemonSet validation',
    url: `${K8S}/pkg/apis/apps/validation/validation.go`,
  },
  K_FEAT: {
    key: 'K-FEAT',
    title: 'Kubernetes feature gates (kube_features.go)',
    url: `${K8S}/pkg/features/kube_features.go`,
  },
  KEP_753: {
    key: 'KEP-753',
    title: 'KEP-753: Sidecar containers',
    url: `${KEPS}/sig-node/753-sidecar-containers`,
  },
  KEP_5307: {
    key: 'KEP-5307',
    title: 'KEP-5307: Container restart policy and rules',
    url: `${KEPS}/sig-node/5307-container-restart-policy`,
  },
  KEP_2885: {
    key: 'KEP-2885',
    title: 'KEP-2885: Server-side unknown field validation',
    url: `${KEPS}/sig-api-machinery/2885-server-side-unknown-field-validation`,
  },
  D_SIDECAR: {
    key: 'D-SIDECAR',
    title: 'Kubernetes documentation: Sidecar containers',
    url: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/',
  },
  D_LIFE: {
    key: 'D-LIFE',
    title: 'Kubernetes documentation: Pod lifecycle',
    url: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/',
  },
  D_INIT: {
    key: 'D-INIT',
    title: 'Kubernetes documentation: Init containers',
    url: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/',
  },
  D_VOL: {
    key: 'D-VOL',
    title: 'Kubernetes documentation: Volumes',
    url: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  },
  D_PIDNS: {
    key: 'D-PIDNS',
    title: 'Kubernetes documentation: Share process namespace between containers in a pod',
    url: 'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/',
  },
  D_HOOKS: {
    key: 'D-HOOKS',
    title: 'Kubernetes documentation: Container lifecycle hooks',
    url: 'https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/',
  },
  D_FIELDVAL: {
    key: 'D-FIELDVAL',
    title: 'Kubernetes documentation: Field validation',
    url: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
  },
  B_128: {
    key: 'B-128',
    title: 'Kubernetes v1.28: Introducing native sidecar containers',
    url: 'https://kubernetes.io/blog/2023/08/25/native-sidecar-containers/',
  },
  B_134: {
    key: 'B-134',
    title: 'Kubernetes v1.34: Per-container restart policy',
    url: 'https://kubernetes.io/blog/2025/08/29/kubernetes-v1-34-per-container-restart-policy/',
  },
} as const satisfies Record<string, RuleSource>;
