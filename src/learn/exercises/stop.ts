import { patternById } from '../../patterns';
import { buildDesign } from '../../patterns/build';
import { envoy, fluentBit, logShipperJob, shopApp } from '../designs';
import type { PredictStopExercise } from '../types';

const D_LIFE = 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/';

/** The Pod of sidecar-rules.md §4.3: sidecars proxy and log-shipper, app with a 5 s preStop. */
function twoSidecars(mode: 'native' | 'legacy') {
  return buildDesign({
    kind: 'Deployment',
    name: 'shop',
    sidecarMode: mode,
    podSpec: { terminationGracePeriodSeconds: 30 },
    volumes: [{ name: 'logs', type: 'emptyDir', at: { x: 560, y: 520 } }],
    containers: [
      envoy('proxy', 200, true),
      fluentBit('log-shipper', 600),
      { ...shopApp(400, 5), mounts: [{ volume: 'logs', mountPath: '/var/log/app' }] },
    ],
  });
}

function ambassadorDesign() {
  const pattern = patternById('cloud-sql-ambassador');
  if (!pattern) throw new Error('The pattern library lacks cloud-sql-ambassador.');
  return pattern.design();
}

/** Exercises: put the containers in the order they are told to stop. */
export const STOP_EXERCISES: readonly PredictStopExercise[] = [
  {
    id: 'stop-native-order',
    type: 'predict-stop',
    title: 'Deleting a Pod with two native sidecars',
    prompt:
      'initContainers holds proxy, then log-shipper, both native sidecars; app is the main container. The Pod is deleted. Put the containers in the order they get their stop signal.',
    explanation:
      'Since 1.29 the kubelet stops the main containers first; each sidecar waits until every main container and every sidecar declared after it has exited. So app stops first, then log-shipper (declared last), then proxy (declared first), which can carry traffic until the very end.',
    source: {
      section: 'Kubernetes documentation: Pod Lifecycle, Termination with sidecars',
      url: `${D_LIFE}#termination-with-sidecars`,
    },
    design: twoSidecars('native'),
  },
  {
    id: 'stop-legacy-together',
    type: 'predict-stop',
    title: 'Deleting a Pod with legacy sidecars',
    prompt:
      'The same Pod with proxy and log-shipper written as extra entries of containers (legacy sidecars). The Pod is deleted. Put the containers in the order they get their stop signal.',
    explanation:
      'Legacy sidecars are ordinary entries of containers, and the kubelet sends the stop signal to all of them at about the same time, in no particular order. The proxy may exit while app still drains, and the log shipper may miss the last lines.',
    source: {
      section: 'Kubernetes documentation: Pod Lifecycle, Termination of Pods',
      url: `${D_LIFE}#pod-termination-flow`,
    },
    design: twoSidecars('legacy'),
  },
  {
    id: 'stop-job-natural-end',
    type: 'predict-stop',
    title: 'The natural end of a Job',
    prompt:
      'myjob writes its log line and exits; logshipper is a native sidecar. Put the containers in the order they stop.',
    explanation:
      'When every main container of a Job has exited, the kubelet stops the native sidecars (in reverse declaration order) instead of restarting them, so the Pod succeeds and the Job completes.',
    source: {
      section: 'Kubernetes documentation: Sidecar Containers, Jobs with sidecar containers',
      url: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/#jobs-with-sidecar-containers',
    },
    design: logShipperJob('native'),
  },

  {
    id: 'stop-ambassador',
    type: 'predict-stop',
    title: 'Who is still there to stop?',
    prompt:
      'The orders Pod of the Cloud SQL ambassador pattern is deleted while it serves requests. Put the containers in the order they get their stop signal, and leave out any container that is no longer running.',
    explanation:
      'migrate is a regular init container: it exited long before, so there is nothing to stop. api, the main container, is told to stop first; cloud-sql-proxy, a native sidecar, only once api has exited, so the last queries still reach the database.',
    source: {
      section: 'Kubernetes documentation: Pod Lifecycle, Termination with sidecars',
      url: `${D_LIFE}#termination-with-sidecars`,
    },
    design: ambassadorDesign(),
  },
];
