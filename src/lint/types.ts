import type { Design, KubernetesVersion } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';

/** A page that explains the behaviour a rule rests on (sidecar-rules.md §0.3). */
export interface RuleSource {
  /** The key used in sidecar-rules.md, e.g. "D-SIDECAR" or "K-VAL". */
  key: string;
  title: string;
  url: string;
}

/**
 * What a finding concerns. `field` is a path inside the container (or volume, or pod spec when
 * neither is given), in Kubernetes' own spelling: `ports[0].containerPort`, `restartPolicy`.
 */
export interface FindingTarget {
  container?: string;
  volume?: string;
  field?: string;
  /** A field path from the manifest's root (`apiVersion`), used instead of the others. */
  root?: string;
}

/** What a rule's check reports; the engine adds rule id, severity, path and line. */
export interface RuleFinding extends FindingTarget {
  message: string;
  /** Overrides the rule's severity where the catalogue says so (e.g. R16 at 1.28). */
  severity?: Severity;
  /** True when the finding rests on a guessed role or purpose (sidecar-rules.md §8.0). */
  guess?: boolean;
}

export interface Finding extends RuleFinding {
  rule: string;
  severity: Severity;
  /** The Kubernetes field path in the manifest, e.g. `spec.template.spec.initContainers[1].restartPolicy`. */
  path: string;
  /** 1-based line in the manifest text, when known. */
  line?: number;
}

/** Feature gates at their defaults for the target version (sidecar-rules.md §1). */
export interface Gates {
  sidecarContainers: boolean;
  containerRestartRules: boolean;
  /** RestartAllContainersOnContainerExits: the RestartAllContainers action, rules on sidecars. */
  restartAllContainers: boolean;
  podLifecycleSleepActionAllowZero: boolean;
  /** `lifecycle.*.sleep` hooks (the field is dropped while the gate is off). */
  podLifecycleSleepAction: boolean;
  /** `lifecycle.stopSignal` (the field is dropped while the gate is off). */
  containerStopSignals: boolean;
  /** ImageVolume: the `image` volume source (dropped while the gate is off). */
  imageVolume: boolean;
  /** PodLevelResources: pod-level `spec.resources` (dropped while the gate is off). */
  podLevelResources: boolean;
  /** EnvFiles: `env[].valueFrom.fileKeyRef` (dropped while the gate is off). */
  envFiles: boolean;
}

export interface LintContext {
  target: KubernetesVersion;
  /** The minor version as a number: 31 for "1.31". */
  minor: number;
  gates: Gates;
}

export interface FixResult {
  design: Design;
  /** One sentence saying what changed, for the page and the undo history. */
  summary: string;
}

export interface Rule {
  /** The catalogue id, e.g. `job/legacy-sidecar-never-completes`. */
  id: string;
  /** The catalogue number, e.g. `R27`. */
  number: string;
  severity: Severity;
  title: string;
  /** Why it matters, in plain words; shown with every finding of the rule. */
  explanation: string;
  sources: RuleSource[];
  /**
   * What the rule needs of native sidecars to make sense: `start` (they start as sidecars: 1.29+,
   * or 1.28 with the gate on) or `stop` (they also stop in order after the main containers:
   * 1.29+). On a target where they do not, the rule stays silent: `ver/native-sidecar-unsupported`
   * says what happens instead, and the timeline shows it.
   */
  nativeBehaviour?: 'start' | 'stop';
  check(design: Design, context: LintContext): RuleFinding[];
  /** A one-click fix for one finding, where the catalogue suggests one. */
  fix?(design: Design, finding: RuleFinding, context: LintContext): FixResult | undefined;
}
