/**
 * Where each Kubernetes fact of this folder comes from. Every fact cites one of these pages; the
 * feature-gate pages give each gate's stages and defaults per release.
 */
export const FACT_SOURCES = {
  featureGates: 'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/',
  kep753:
    'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/753-sidecar-containers',
  kep1287:
    'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/1287-in-place-update-pod-resources',
  kep2837:
    'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/2837-pod-level-resource-spec',
  kep3721:
    'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/3721-support-for-env-files',
  kep3960:
    'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/3960-pod-lifecycle-sleep-action',
  kep4438:
    'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/4438-container-restart-termination',
  kep4639:
    'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/4639-oci-volume-source',
  kep4960:
    'https://github.com/kubernetes/enhancements/tree/master/keps/sig-node/4960-container-stop-signals',
  kep5307: 'https://www.kubernetes.dev/resources/keps/5307/',
  kep5419: 'https://www.kubernetes.dev/resources/keps/5419/',
  kep5532: 'https://www.kubernetes.dev/resources/keps/5532/',
  deprecationGuide: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/',
  podLifecycle: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/',
  podTermination:
    'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-termination',
  volumes: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  portName:
    'https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go',
} as const;
