import type { NativeOrLegacyExercise } from '../types';

const D_SIDECAR = 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/';

const JOB_MANIFEST = `apiVersion: batch/v1
kind: Job
metadata:
  name: myjob
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: myjob
          image: alpine:3.20
          command: ['sh', '-c', 'echo logging > /opt/logs.txt']
          volumeMounts:
            - name: data
              mountPath: /opt
      initContainers:
        - name: logshipper
          image: alpine:3.20
          restartPolicy: Always
          command: ['sh', '-c', 'tail -F /opt/logs.txt']
          volumeMounts:
            - name: data
              mountPath: /opt
      volumes:
        - name: data
          emptyDir: {}
`;

const LEGACY_MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      initContainers:
        - name: fix-permissions
          image: busybox:1.36
          command: ['sh', '-c', 'chown -R 101:101 /var/log/nginx']
          volumeMounts:
            - name: logs
              mountPath: /var/log/nginx
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - containerPort: 80
          volumeMounts:
            - name: logs
              mountPath: /var/log/nginx
        - name: fluent-bit
          image: fluent/fluent-bit:3.1.9
          volumeMounts:
            - name: logs
              mountPath: /var/log/nginx
              readOnly: true
      volumes:
        - name: logs
          emptyDir: {}
`;

const MESH_MANIFEST = `apiVersion: v1
kind: Pod
metadata:
  name: orders
spec:
  initContainers:
    - name: istio-init
      image: docker.io/istio/proxyv2:1.27.1
      args: ['istio-iptables', '-p', '15001', '-z', '15006', '-u', '1337', '-m', 'REDIRECT']
    - name: istio-proxy
      image: docker.io/istio/proxyv2:1.27.1
      restartPolicy: Always
      args: ['proxy', 'sidecar']
      startupProbe:
        httpGet:
          path: /healthz/ready
          port: 15021
  containers:
    - name: orders
      image: ghcr.io/example/orders:2.3.0
      ports:
        - containerPort: 8080
    - name: cloud-sql-proxy
      image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1
      args: ['--port=5432', 'acme-shop:europe-west1:orders-db']
`;

/** Exercises: say for each container of a manifest what it is. */
export const PLACEMENT_EXERCISES: readonly NativeOrLegacyExercise[] = [
  {
    id: 'place-job-log-shipper',
    type: 'native-or-legacy',
    title: 'Read a Job manifest',
    prompt:
      'For each container of this Job, say whether it is main, a native sidecar, a legacy sidecar or init.',
    explanation:
      'myjob is listed in containers: a main container. logshipper is listed in initContainers with restartPolicy: Always: that field is what makes an init container a native sidecar.',
    source: { section: 'Kubernetes documentation: Sidecar Containers', url: D_SIDECAR },
    manifest: JOB_MANIFEST,
  },
  {
    id: 'place-legacy-log-shipper',
    type: 'native-or-legacy',
    title: 'A log shipper in containers',
    prompt:
      'For each container of this Deployment, say whether it is main, a native sidecar, a legacy sidecar or init.',
    explanation:
      'fix-permissions is in initContainers without restartPolicy: a regular init container that runs once. web is the main container. fluent-bit is a helper written as a second entry of containers: a legacy sidecar, which Kubernetes treats exactly like a main container.',
    source: {
      section:
        'Kubernetes documentation: Logging Architecture, Sidecar container with a logging agent',
      url: 'https://kubernetes.io/docs/concepts/cluster-administration/logging/#sidecar-container-with-logging-agent',
    },
    manifest: LEGACY_MANIFEST,
  },
  {
    id: 'place-mesh-mix',
    type: 'native-or-legacy',
    title: 'A mesh proxy and an ambassador',
    prompt:
      'For each container of this Pod, say whether it is main, a native sidecar, a legacy sidecar or init.',
    explanation:
      'istio-init is a regular init container (no restartPolicy); istio-proxy has restartPolicy: Always in initContainers: a native sidecar. orders is the main container; cloud-sql-proxy is a helper in containers: a legacy sidecar, which starts and stops together with orders.',
    source: {
      section: 'Istio blog: Kubernetes Native Sidecars in Istio',
      url: 'https://istio.io/latest/blog/2023/native-sidecars/',
    },
    manifest: MESH_MANIFEST,
  },
];
