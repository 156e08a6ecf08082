import { moveBefore, updateContainerSpec } from '../../model/ops';
import { patternById } from '../../patterns';
import { buildDesign, resources } from '../../patterns/build';
import { envoy, fluentBit, logShipperJob, shopApp, shopWorker } from '../designs';
import type { PredictStartExercise } from '../types';

const D_SIDECAR = 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/';
const D_INIT = 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/';

function ambassadorDesign() {
  const pattern = patternById('cloud-sql-ambassador');
  if (!pattern) throw new Error('The pattern library lacks cloud-sql-ambassador.');
  return pattern.design();
}

/** The worked startup timeline of sidecar-rules.md §3.6. */
function workedTimeline() {
  return buildDesign({
    kind: 'Deployment',
    name: 'shop',
    volumes: [{ name: 'logs', type: 'emptyDir', at: { x: 560, y: 520 } }],
    containers: [
      {
        name: 'fetch-secrets',
        role: 'init',
        image: 'busybox:1.36',
        spec: {
          command: ['sh', '-c', 'cp /secrets-src/* /secrets/'],
          resources: resources('10m', '16Mi', '32Mi'),
        },
        at: { x: 0, y: 80 },
      },
      envoy('proxy', 200, true),
      {
        name: 'migrate-db',
        role: 'init',
        image: 'migrate/migrate:v4.17.1',
        spec: {
          args: ['-path=/migrations', '-database=$(DATABASE_URL)', 'up'],
          resources: resources('50m', '32Mi', '64Mi'),
        },
        at: { x: 400, y: 80 },
      },
      fluentBit('log-shipper', 600),
      { ...shopApp(120), mounts: [{ volume: 'logs', mountPath: '/var/log/app' }] },
      shopWorker(440),
    ],
    links: [{ from: 'migrate-db', to: 'proxy', port: 15001 }],
  });
}

/** A legacy Envoy proxy next to the app, as meshes wrote it before native sidecars. */
function legacyProxyPod(holdApplication: boolean) {
  const design = buildDesign({
    kind: 'Pod',
    name: 'shop',
    target: '1.27',
    sidecarMode: 'legacy',
    volumes: [],
    containers: [shopApp(80), envoy('proxy', 400, false)],
  });
  if (!holdApplication) return design;
  const hooked = updateContainerSpec(design, 'proxy', {
    lifecycle: {
      postStart: {
        exec: { command: ['sh', '-c', 'until nc -z 127.0.0.1 15001; do sleep 1; done'] },
      },
    },
  });
  return moveBefore(hooked, 'proxy', 'app');
}

/** Exercises: put the containers in the order they start. */
export const START_EXERCISES: readonly PredictStartExercise[] = [
  {
    id: 'start-job-log-shipper',
    type: 'predict-start',
    title: 'Who starts first in a Job with a native sidecar?',
    prompt:
      'The Job runs myjob; logshipper is a native sidecar. Put the containers in the order they start.',
    explanation:
      'A native sidecar is an init container with restartPolicy: Always. Init containers run before any main container, so logshipper starts first; once it is running (it has no startupProbe), myjob starts.',
    source: {
      section: 'Kubernetes documentation: Sidecar Containers, Jobs with sidecar containers',
      url: `${D_SIDECAR}#jobs-with-sidecar-containers`,
    },
    design: logShipperJob('native'),
  },
  {
    id: 'start-worked-timeline',
    type: 'predict-start',
    title: 'Init containers and sidecars, interleaved',
    prompt:
      'initContainers holds fetch-secrets, proxy (a sidecar with a startupProbe), migrate-db and log-shipper (a sidecar); app and worker are main containers. Put them in the order they start; containers that start together go in the same step.',
    explanation:
      'The init sequence runs in declaration order, one container at a time: a regular init container must exit 0, a sidecar must count as started (here: proxy after its startupProbe succeeds). Then the main containers app and worker start together.',
    source: { section: 'Kubernetes documentation: Init Containers', url: D_INIT },
    design: workedTimeline(),
  },
  {
    id: 'start-ambassador',
    type: 'predict-start',
    title: 'A sidecar before an init container',
    prompt:
      'In the Cloud SQL ambassador pattern, cloud-sql-proxy is a native sidecar declared before the migrate init container. Put cloud-sql-proxy, migrate and api in start order.',
    explanation:
      'Sidecars and init containers share one sequence, in declaration order. cloud-sql-proxy is declared first and has a startupProbe, so migrate starts only once the proxy is up and can reach the database through it; api starts after migrate has exited.',
    source: {
      section: 'Kubernetes documentation: Sidecar Containers, Sidecar containers and Pod lifecycle',
      url: `${D_SIDECAR}#sidecar-containers-and-pod-lifecycle`,
    },
    design: ambassadorDesign(),
  },
  {
    id: 'start-legacy-proxy',
    type: 'predict-start',
    title: 'A legacy proxy on Kubernetes 1.27',
    prompt:
      'On Kubernetes 1.27 the proxy is written as a second entry of containers, after app. Put app and proxy in start order.',
    explanation:
      'Before native sidecars, a sidecar is just another entry of containers. The kubelet starts the entries of containers in one go without waiting for any of them to be ready, so app and proxy start together and app may send traffic before the proxy listens.',
    source: {
      section: 'Kubernetes blog: Kubernetes v1.28: Introducing native sidecar containers',
      url: 'https://kubernetes.io/blog/2023/08/25/native-sidecar-containers/',
    },
    design: legacyProxyPod(false),
  },
  {
    id: 'start-hold-application',
    type: 'predict-start',
    title: 'The postStart workaround',
    prompt:
      'The same legacy proxy, now declared first in containers with a postStart hook that waits until it listens on 15001. Put proxy and app in start order.',
    explanation:
      'The kubelet starts the entries of containers in declaration order and runs each postStart hook to completion before starting the next entry. A blocking postStart on the first entry therefore holds app back until the proxy listens: the workaround Istio calls holdApplicationUntilProxyStarts.',
    source: {
      section: 'Kubernetes documentation: Container Lifecycle Hooks',
      url: 'https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/',
    },
    design: legacyProxyPod(true),
  },
];
