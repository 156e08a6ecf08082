import { FACT_SOURCES } from './sources';

/** A feature gate's stage from a minor version on, with its default there. */
export interface GateStage {
  /** First minor version of the stage (28 for 1.28). */
  from: number;
  stage: 'alpha' | 'beta' | 'GA';
  enabledByDefault: boolean;
}

export interface FeatureGate {
  /** Stages oldest first; before the first one the gate does not exist (treated as off). */
  stages: readonly GateStage[];
  /** The page the stages are taken from. */
  source: string;
}

const alpha = (from: number): GateStage => ({ from, stage: 'alpha', enabledByDefault: false });
const beta = (from: number, on = true): GateStage => ({
  from,
  stage: 'beta',
  enabledByDefault: on,
});
const ga = (from: number): GateStage => ({ from, stage: 'GA', enabledByDefault: true });

/**
 * The feature gates whose defaults change what the designer models, by release. Stages are read
 * from each gate's page under kubernetes.io/docs/reference/command-line-tools-reference/
 * feature-gates/ (front matter `stages`) or, where the page lags, the KEP's milestones.
 */
export const FEATURE_GATES = {
  /** Native sidecars. Feature-gate page SidecarContainers: alpha 1.28 (off), beta 1.29, GA 1.33. */
  SidecarContainers: {
    stages: [alpha(28), beta(29), ga(33)],
    source: `${FACT_SOURCES.featureGates}#SidecarContainers`,
  },
  /**
   * Per-container `restartPolicy` and `restartPolicyRules` (KEP-5307). Feature-gate page
   * ContainerRestartRules: alpha 1.34, beta (on) 1.35; the KEP's milestones put GA at 1.36.
   */
  ContainerRestartRules: {
    stages: [alpha(34), beta(35), ga(36)],
    source: FACT_SOURCES.kep5307,
  },
  /**
   * The `RestartAllContainers` rule action, also allowed on sidecars (KEP-5532): alpha 1.35
   * (off), beta 1.36 (on), GA 1.37.
   */
  RestartAllContainersOnContainerExits: {
    stages: [alpha(35), beta(36), ga(37)],
    source: FACT_SOURCES.kep5532,
  },
  /**
   * Sidecars restarted when they exit during Pod termination (KEP-4438): its alpha targets 1.38,
   * so no supported target restarts them.
   */
  SidecarsRestartableDuringPodTermination: {
    stages: [alpha(38)],
    source: FACT_SOURCES.kep4438,
  },
  /** In-place resize of container resources (KEP-1287): alpha 1.27, beta 1.33, GA 1.35. */
  InPlacePodVerticalScaling: {
    stages: [alpha(27), beta(33), ga(35)],
    source: FACT_SOURCES.kep1287,
  },
  /**
   * Pod-level `spec.resources` (KEP-2837). Feature-gate page: alpha 1.32, beta (on) 1.34; the
   * KEP's milestones put GA at 1.37.
   */
  PodLevelResources: {
    stages: [alpha(32), beta(34), ga(37)],
    source: FACT_SOURCES.kep2837,
  },
  /** In-place resize of pod-level resources (KEP-5419): alpha 1.35, beta 1.36. */
  InPlacePodLevelResourcesVerticalScaling: {
    stages: [alpha(35), beta(36)],
    source: FACT_SOURCES.kep5419,
  },
  /** `lifecycle.*.sleep` (KEP-3960): alpha 1.29, beta 1.30, GA 1.34. */
  PodLifecycleSleepAction: {
    stages: [alpha(29), beta(30), ga(34)],
    source: FACT_SOURCES.kep3960,
  },
  /** `sleep.seconds: 0` (KEP-3960): alpha 1.32, beta 1.33, GA 1.34. */
  PodLifecycleSleepActionAllowZero: {
    stages: [alpha(32), beta(33), ga(34)],
    source: FACT_SOURCES.kep3960,
  },
  /** `lifecycle.stopSignal` (KEP-4960): alpha since 1.33, still off by default in 1.37. */
  ContainerStopSignals: {
    stages: [alpha(33)],
    source: FACT_SOURCES.kep4960,
  },
  /**
   * The `image` volume source (KEP-4639). Feature-gate page ImageVolume: alpha 1.31, beta 1.33
   * still off by default (it needs a runtime that supports it), on by default from 1.35, GA 1.36.
   */
  ImageVolume: {
    stages: [alpha(31), beta(33, false), beta(35), ga(36)],
    source: FACT_SOURCES.kep4639,
  },
  /**
   * `env[].valueFrom.fileKeyRef`: environment variables read from a file an init container
   * writes into an emptyDir (KEP-3721). Feature-gate page EnvFiles: alpha 1.34, beta (on) 1.35;
   * the KEP's milestones put GA at 1.37.
   */
  EnvFiles: {
    stages: [alpha(34), beta(35), ga(37)],
    source: FACT_SOURCES.kep3721,
  },
} as const satisfies Record<string, FeatureGate>;

export type GateName = keyof typeof FEATURE_GATES;

/** The stage of a gate at a minor version, undefined before it exists. */
export function gateStage(name: GateName, minor: number): GateStage | undefined {
  const stages: readonly GateStage[] = FEATURE_GATES[name].stages;
  let current: GateStage | undefined;
  for (const stage of stages) if (stage.from <= minor) current = stage;
  return current;
}

/** True when the gate is on by default at this minor version. */
export function gateEnabled(name: GateName, minor: number): boolean {
  return gateStage(name, minor)?.enabledByDefault ?? false;
}

/** The first minor version at which the gate is on by default, if any. */
export function enabledFrom(name: GateName): number | undefined {
  const stages: readonly GateStage[] = FEATURE_GATES[name].stages;
  return stages.find((s) => s.enabledByDefault)?.from;
}
