import { buildDesign } from '../../patterns/build';
import { fluentBit, shopApp } from '../designs';
import type { FixThisPodExercise, KubectlDefaultExercise } from '../types';

const KEP_2227 = {
  section: 'KEP-2227: kubectl default container',
  url: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-cli/2227-kubectl-default-container',
};
const D_KUBECTL_LOGS = {
  section: 'kubectl logs (kubectl reference)',
  url: 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_logs/',
};

const PROXY_FIRST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      initContainers:
        - name: config-init
          image: busybox:1.36
          command: ['sh', '-c', 'cp /defaults/* /config/']
      containers:
        - name: envoy
          image: envoyproxy/envoy:v1.31.2
          ports: [{containerPort: 15001}]
        - name: web
          image: nginx:1.27
          ports: [{containerPort: 80}]
`;

const WRONG_NAME = `apiVersion: v1
kind: Pod
metadata:
  name: orders
  annotations:
    kubectl.kubernetes.io/default-container: api
spec:
  containers:
    - name: cloud-sql-proxy
      image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1
      args: ['--port=5432', 'acme:europe-west1:orders']
    - name: server
      image: ghcr.io/example/orders:2.3.0
`;

/** Istio's injector output for a two-container Deployment (istio/istio test data), shortened. */
const ISTIO_INJECTED = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello
spec:
  replicas: 7
  selector:
    matchLabels: {app: hello, tier: backend, track: stable}
  template:
    metadata:
      annotations:
        istio.io/rev: default
        kubectl.kubernetes.io/default-container: hello
        kubectl.kubernetes.io/default-logs-container: hello
        sidecar.istio.io/status: '{"initContainers":["istio-init","istio-proxy"],"containers":null}'
      labels: {app: hello, tier: backend, track: stable}
    spec:
      containers:
      - name: hello
        image: fake.docker.io/google-samples/hello-go-gke:1.0
        ports:
        - {containerPort: 80, name: http}
      - name: world
        image: fake.docker.io/google-samples/hello-go-gke:1.0
        ports:
        - {containerPort: 90, name: http}
      initContainers:
      - name: istio-init
        image: gcr.io/istio-testing/proxyv2:latest
        args: [istio-iptables, -p, '15001', -z, '15006', -u, '1337']
      - name: istio-proxy
        image: gcr.io/istio-testing/proxyv2:latest
        restartPolicy: Always
        args: [proxy, sidecar]
        ports:
        - {containerPort: 15090, name: http-envoy-prom, protocol: TCP}
`;

/** Which container does a kubectl command without -c reach? */
export const KUBECTL_DEFAULT_EXERCISES: readonly KubectlDefaultExercise[] = [
  {
    id: 'kubectl-logs-first-container',
    type: 'kubectl-default',
    title: 'Whose logs does kubectl show?',
    prompt: 'Read the manifest. Which container does kubectl logs deploy/web show?',
    command: 'kubectl logs deploy/web',
    manifest: PROXY_FIRST,
    explanation:
      'Without -c, kubectl uses the first entry of containers and prints "Defaulted container". Here that is the proxy, so you read Envoy\'s logs, not the web server\'s. Init containers are never the default.',
    source: D_KUBECTL_LOGS,
  },
  {
    id: 'kubectl-default-wrong-name',
    type: 'kubectl-default',
    title: 'An annotation that names nothing',
    prompt:
      'Read the manifest. Which container does kubectl exec -it orders -- sh open a shell in?',
    command: 'kubectl exec -it orders -- sh',
    manifest: WRONG_NAME,
    explanation:
      'The annotation kubectl.kubernetes.io/default-container names api, but no container is called api. kubectl ignores the name without a word and falls back to the first entry of containers: the proxy.',
    source: KEP_2227,
  },
  {
    id: 'kubectl-logs-istio-injected',
    type: 'kubectl-default',
    title: 'After the mesh injected its proxy',
    prompt:
      "This is what Istio's injector made of a Deployment. Which container does kubectl logs deploy/hello show?",
    command: 'kubectl logs deploy/hello',
    manifest: ISTIO_INJECTED,
    explanation:
      'The injector sets kubectl.kubernetes.io/default-container to the first app container, so kubectl logs shows hello, whatever the order. istio-proxy is a native sidecar (an init container with restartPolicy: Always), which kubectl never picks by default anyway.',
    source: KEP_2227,
  },
];

/** Make kubectl exec reach the app without reordering: the annotation is the way. */
export const KUBECTL_FIX_EXERCISES: readonly FixThisPodExercise[] = [
  {
    id: 'fix-kubectl-exec-lands-in-shipper',
    type: 'fix-this-pod',
    title: 'kubectl exec lands in the log shipper',
    prompt:
      'kubectl exec -it deploy/shop -- sh opens a shell in log-shipper. Make it land in app, without changing the order of the containers.',
    explanation:
      'kubectl picks the container named by the pod annotation kubectl.kubernetes.io/default-container, else the first entry of containers. Setting the annotation to app (in the inspector: Make kubectl default) sends kubectl logs and exec to app while log-shipper stays first.',
    source: KEP_2227,
    design: buildDesign({
      kind: 'Deployment',
      name: 'shop',
      sidecarMode: 'legacy',
      volumes: [{ name: 'logs', type: 'emptyDir', at: { x: 240, y: 520 } }],
      containers: [
        fluentBit('log-shipper', 80),
        { ...shopApp(400), mounts: [{ volume: 'logs', mountPath: '/var/log/app' }] },
      ],
    }),
    rules: ['kubectl/default-container-is-sidecar'],
    keepOrder: true,
  },
];
