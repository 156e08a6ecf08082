/** The pattern library: ready-made pod designs that show well-known container combinations. */

import { cloudSqlAmbassador } from './ambassador';
import { gitPoller, initPreparesData } from './content';
import { legacySidecarJob, nativeSidecarJob } from './jobs';
import { metricsAdapter, nativeLogShipper } from './logging';
import { istioProxy, linkerdProxy } from './mesh';
import type { Pattern } from './types';

export type { Pattern, PatternSource } from './types';

/** Every pattern, in the order the library lists them; broken-on-purpose examples come last. */
export const PATTERNS: readonly Pattern[] = [
  nativeLogShipper,
  istioProxy,
  linkerdProxy,
  metricsAdapter,
  cloudSqlAmbassador,
  gitPoller,
  initPreparesData,
  nativeSidecarJob,
  legacySidecarJob,
];

/** The pattern with this id. */
export function patternById(id: string): Pattern | undefined {
  return PATTERNS.find((pattern) => pattern.id === id);
}
