import type { Rule } from '../types';
import { legacySidecarNeverCompletes } from './job-legacy-sidecar-never-completes';
import { mainRestartAlways } from './job-main-restart-always';
import { sidecarExitIgnored } from './job-sidecar-exit-ignored';
import { defaultContainerIsSidecar } from './kubectl-default-container-is-sidecar';
import { isolatedSidecar } from './link-isolated-sidecar';
import { legacyWorkaroundWithNative } from './mesh-legacy-workaround-with-native';
import { hostPortSidecarMain } from './net-hostport-sidecar-main';
import { portCollision } from './net-port-collision';
import { portNameAmbiguous } from './net-port-name-ambiguous';
import { probeNamedPortMissing } from './net-probe-named-port-missing';
import { initBeforeNeededSidecar } from './order-init-before-needed-sidecar';
import { initUsesLegacySidecar } from './order-init-uses-legacy-sidecar';
import { legacyStartRace } from './order-legacy-start-race';
import { linkToFinishedInit } from './order-link-to-finished-init';
import { logShipperMissesInitLogs } from './order-log-shipper-misses-init-logs';
import { sidecarDependencyInverted } from './order-sidecar-dependency-inverted';
import { sidecarWithoutStartupSignal } from './order-sidecar-without-startup-signal';
import { effectiveRequests } from './res-effective-requests';
import { graceBudgetExhausted } from './stop-grace-budget-exhausted';
import { legacyShutdownRace } from './stop-legacy-shutdown-race';
import { sidecarPreStopRunsEarly } from './stop-sidecar-prestop-runs-early';
import { memoryEmptyDirUnbounded } from './vol-memory-emptydir-unbounded';
import { noWriter } from './vol-no-writer';
import { subPathNoUpdates } from './vol-subpath-no-updates';
import { unusedVolume } from './vol-unused';

/** The order, shutdown, Job, link, network, volume and resource rules R17–R41 (§8.3–8.7). */
export const behaviourRules: Rule[] = [
  initBeforeNeededSidecar,
  sidecarDependencyInverted,
  sidecarWithoutStartupSignal,
  linkToFinishedInit,
  legacyStartRace,
  initUsesLegacySidecar,
  logShipperMissesInitLogs,
  legacyShutdownRace,
  sidecarPreStopRunsEarly,
  graceBudgetExhausted,
  legacySidecarNeverCompletes,
  mainRestartAlways,
  sidecarExitIgnored,
  isolatedSidecar,
  portCollision,
  hostPortSidecarMain,
  portNameAmbiguous,
  probeNamedPortMissing,
  subPathNoUpdates,
  noWriter,
  unusedVolume,
  memoryEmptyDirUnbounded,
  effectiveRequests,
  legacyWorkaroundWithNative,
  defaultContainerIsSidecar,
];
