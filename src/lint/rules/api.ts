import type { Rule } from '../types';

/** The API rules R01–R16 (sidecar-rules.md §8.1–8.2). */
export const apiRules: Rule[] = [];
