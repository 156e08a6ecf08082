import { updateContainerSpec } from '../../model/ops';
import { buildDesign, type ContainerPlan, type DesignPlan, resources } from '../../patterns/build';
import { envoy, fluentBit, logShipperJob, shopApp } from '../designs';
import type { FixThisPodExercise } from '../types';

const D_SIDECAR = 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/';
const D_LIFE = 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/';

/** A schema migration that connects to the database through the proxy on 5432. */
const migrate: ContainerPlan = {
  name: 'migrate',
  role: 'init',
  image: 'migrate/migrate:v4.17.1',
  spec: {
    args: ['-path=/migrations', '-database=$(DATABASE_URL)', 'up'],
    resources: resources('50m', '32Mi', '64Mi'),
  },
  at: { x: 80, y: 80 },
};

function sqlProxy(x: number): ContainerPlan {
  return {
    ...envoy('db-proxy', x, true),
    image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14.1',
    spec: {
      args: ['--port=5432', 'acme-shop:europe-west1:orders-db'],
      ports: [{ name: 'postgres', containerPort: 5432 }],
      resources: resources('50m', '64Mi', '256Mi'),
      startupProbe: { tcpSocket: { port: 5432 }, periodSeconds: 1 },
    },
  };
}

/** migrate (init) is declared before the proxy it needs; as a native or legacy sidecar. */
function migrationBeforeProxy(mode: 'native' | 'legacy') {
  return buildDesign({
    kind: 'Deployment',
    name: 'orders',
    sidecarMode: mode,
    volumes: [],
    containers: [migrate, sqlProxy(400), shopApp(240)],
    links: [
      { from: 'migrate', to: 'db-proxy', port: 5432 },
      { from: 'app', to: 'db-proxy', port: 5432 },
    ],
  });
}

function pod(containers: ContainerPlan[], extra: Partial<DesignPlan> = {}) {
  return buildDesign({
    kind: 'Deployment',
    name: 'shop',
    volumes: containers.some((c) => c.mounts?.length)
      ? [{ name: 'logs', type: 'emptyDir', at: { x: 560, y: 520 } }]
      : [],
    containers,
    ...extra,
  });
}

const appWithLogs = (preStop?: number) => ({
  ...shopApp(240, preStop),
  mounts: [{ volume: 'logs', mountPath: '/var/log/app' }],
});

/** Exercises: change the design until the listed findings are gone. */
export const FIX_EXERCISES: readonly FixThisPodExercise[] = [
  {
    id: 'fix-job-legacy-sidecar',
    type: 'fix-this-pod',
    title: 'The Job that never completes',
    prompt: 'myjob finishes, but this Job never completes. Change the design so that it can.',
    explanation:
      'logshipper is an entry of containers, so the Pod keeps running as long as it does, and it never exits on its own. As a native sidecar it is stopped once myjob has exited, and the Job completes; that also stops it only after myjob, so no log line is lost.',
    source: {
      section: 'Kubernetes documentation: Sidecar Containers, Jobs with sidecar containers',
      url: `${D_SIDECAR}#jobs-with-sidecar-containers`,
    },
    design: logShipperJob('legacy'),
    rules: ['job/legacy-sidecar-never-completes', 'stop/legacy-shutdown-race'],
  },
  {
    id: 'fix-migration-before-proxy',
    type: 'fix-this-pod',
    title: 'A migration that cannot reach the database',
    prompt:
      'The init container migrate reaches the database through db-proxy, a native sidecar, yet it keeps failing. Fix the design.',
    explanation:
      'The init sequence runs in declaration order: migrate must exit before db-proxy is even started, so its connections are refused. Declaring db-proxy before migrate starts the proxy first (its startupProbe holds migrate until it listens).',
    source: { section: 'Kubernetes documentation: Sidecar Containers', url: D_SIDECAR },
    design: migrationBeforeProxy('native'),
    rules: ['order/init-before-needed-sidecar'],
  },
  {
    id: 'fix-init-uses-legacy-proxy',
    type: 'fix-this-pod',
    title: 'An init container that needs a legacy sidecar',
    prompt:
      'Here db-proxy is a legacy sidecar (an entry of containers) and migrate needs it. Fix the design.',
    explanation:
      'Every init container finishes before any entry of containers starts, so a legacy sidecar never runs while migrate does. Make db-proxy a native sidecar declared before migrate.',
    source: { section: 'Kubernetes documentation: Sidecar Containers', url: D_SIDECAR },
    design: migrationBeforeProxy('legacy'),
    rules: [
      'order/init-uses-legacy-sidecar',
      'order/legacy-start-race',
      'stop/legacy-shutdown-race',
    ],
  },
  {
    id: 'fix-proxy-without-startup-signal',
    type: 'fix-this-pod',
    title: 'The app talks before the proxy listens',
    prompt:
      'proxy is a native sidecar and app sends all its traffic through it, but the first requests after a start fail. Fix the design.',
    explanation:
      'A sidecar without startupProbe or postStart counts as started as soon as its process runs, so app may start before proxy listens. A startupProbe on the proxy port makes the kubelet wait for it.',
    source: {
      section: 'Kubernetes documentation: Sidecar Containers, Sidecar containers and Pod lifecycle',
      url: `${D_SIDECAR}#sidecar-containers-and-pod-lifecycle`,
    },
    design: pod([envoy('proxy', 400, false), shopApp(240)]),
    rules: ['order/sidecar-without-startup-signal'],
  },
  {
    id: 'fix-inverted-sidecars',
    type: 'fix-this-pod',
    title: 'A log shipper that ships through a later proxy',
    prompt:
      'log-shipper sends its batches through proxy on 15001, but it is declared before proxy. Fix the design.',
    explanation:
      'Sidecars start in declaration order and stop in reverse: declared first, log-shipper starts before proxy exists and is stopped after proxy, so its last batch has no way out. Declare proxy first.',
    source: {
      section: 'Kubernetes documentation: Pod Lifecycle, Termination with sidecars',
      url: `${D_LIFE}#termination-with-sidecars`,
    },
    design: pod([fluentBit('log-shipper', 400), envoy('proxy', 600, true), appWithLogs()], {
      links: [{ from: 'log-shipper', to: 'proxy', port: 15001 }],
    }),
    rules: ['order/sidecar-dependency-inverted'],
  },
  {
    id: 'fix-legacy-proxy',
    type: 'fix-this-pod',
    title: 'A legacy proxy on a modern cluster',
    prompt:
      'On Kubernetes 1.31 proxy is still written as an entry of containers. Fix its start and stop races.',
    explanation:
      'As an entry of containers the proxy starts together with app and gets its stop signal together with it. As a native sidecar with a startupProbe it starts before app and stops after it.',
    source: {
      section: 'Kubernetes blog: Kubernetes v1.28: Introducing native sidecar containers',
      url: 'https://kubernetes.io/blog/2023/08/25/native-sidecar-containers/',
    },
    design: buildDesign({
      kind: 'Deployment',
      name: 'shop',
      target: '1.31',
      sidecarMode: 'legacy',
      volumes: [],
      containers: [shopApp(80), envoy('proxy', 400, false)],
    }),
    rules: ['order/legacy-start-race', 'stop/legacy-shutdown-race'],
  },
  {
    id: 'fix-sidecar-prestop',
    type: 'fix-this-pod',
    title: 'A proxy that leaves too early',
    prompt:
      'proxy has a preStop hook that drains it, meant to run when the Pod shuts down. Yet app loses its last outbound calls. Fix the design.',
    explanation:
      "A sidecar's preStop hook runs at the very start of the Pod's termination, together with the main containers' shutdown, not when the sidecar's turn comes. Native sidecars are already stopped after app; drop the hook.",
    source: {
      section: 'Kubernetes documentation: Pod Lifecycle, Termination with sidecars',
      url: `${D_LIFE}#termination-with-sidecars`,
    },
    design: updateContainerSpec(pod([envoy('proxy', 400, true), shopApp(240)]), 'proxy', {
      lifecycle: { preStop: { httpGet: { path: '/drain_listeners?graceful', port: 9901 } } },
    }),
    rules: ['stop/sidecar-prestop-runs-early'],
  },
  {
    id: 'fix-grace-budget',
    type: 'fix-this-pod',
    title: 'A preStop that eats the grace period',
    prompt:
      "app sleeps 29 seconds in its preStop hook and the Pod's grace period is 30 seconds. Fix the design so the sidecars still stop in order.",
    explanation:
      'All containers share one grace period. When app uses it up, the sidecars get only the 2-second minimum and are killed together. Raise terminationGracePeriodSeconds or shorten the hook.',
    source: {
      section: 'Kubernetes documentation: Pod Lifecycle, Termination of Pods',
      url: `${D_LIFE}#pod-termination-flow`,
    },
    design: pod([envoy('proxy', 400, true), fluentBit('log-shipper', 600), appWithLogs(29)], {
      podSpec: { terminationGracePeriodSeconds: 30 },
    }),
    rules: ['stop/grace-budget-exhausted'],
  },
];
