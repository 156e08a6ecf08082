import type { Rule } from '../types';

/** The order, shutdown, Job, link, network, volume and resource rules R17–R40 (§8.3–8.7). */
export const behaviourRules: Rule[] = [];
