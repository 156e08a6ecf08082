import { MIN_GRACE_SECONDS } from '../model/facts/pod';

/**
 * The model durations of the lifecycle simulation, in seconds. Real durations depend on images,
 * nodes and programs; these modest, fixed values make every timeline deterministic, so the page
 * and the command line show the same numbers. Only durations written in the manifest (probe
 * timings, `sleep` hooks, grace periods) come from the design itself.
 */
export const MODEL_TIMES = {
  /** Image pull, create and start of one container. */
  containerStart: 1,
  /** A regular init container's work, from running to exit 0. */
  initRun: 2,
  /** After its process runs, a container accepts connections on its ports. */
  listen: 1,
  /** A hook (`postStart`, `preStop`) whose duration cannot be read from the manifest. */
  hook: 1,
  /** A Job's main container's work, from started to exit 0. */
  mainRun: 5,
  /** Time the Pod runs in steady state before the deletion or the crash of a scenario. */
  steady: 5,
  /** A container's shutdown after its stop signal, unless the options say otherwise. */
  drain: 1,
  /** First restart back-off of a crashed container (then doubling, capped at 300 s). */
  backoff: 10,
} as const;

/** Kubernetes' own numbers (sidecar-rules.md §3, §4), not model choices. */
export const KUBERNETES_TIMES = {
  /** The kubelet's minimal shutdown window (`minimumGracePeriodInSeconds`). */
  minimumGrace: MIN_GRACE_SECONDS,
  /** Probe defaults. */
  probeInitialDelay: 0,
  probePeriod: 10,
  probeFailureThreshold: 3,
  /** The cap of the kubelet's restart back-off (10 s, doubling, at most 300 s). */
  maxBackoff: 300,
} as const;
