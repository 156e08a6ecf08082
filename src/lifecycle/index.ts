/**
 * The lifecycle simulation and the effective Pod resources: the public surface used by the page's
 * "Lifecycle" region, the learning mode and the `timeline` command.
 */

export {
  formatQuantity,
  isByteResource,
  parseMilli as parseQuantity,
} from '../model/quantity';
export {
  type ContainerCommands,
  type KubectlCommand,
  kubectlCommands,
} from './kubectlCommands';
export { type PodColumns, printPodColumns } from './podPrinter';
export type { FormulaTerm, ResourceAmount, ResourceTerm, TermPart } from './resources';
export { type EffectiveResources, effectivePodResources } from './resources';
export {
  SCENARIO_FIT,
  scenarioCandidates,
  scenarioContainer,
  TARGETED_SCENARIOS,
} from './scenario';
export { defaultScenario, simulateLifecycle } from './simulate';
export { KUBERNETES_TIMES, MODEL_TIMES } from './times';
export {
  LIFECYCLE_SCENARIOS,
  type LifecycleOptions,
  type LifecycleScenario,
  TIMELINE_PHASES,
  type Timeline,
  type TimelineEvent,
  type TimelinePhase,
} from './types';
