import type { Severity } from '../types';

/** One thing wrong with a part of a manifest, at a field path relative to that part. */
export interface Problem {
  field: string;
  message: string;
  /** Set when the problem is weaker than the rule's severity. */
  severity?: Severity;
}

/** Joins a parent path and a child key: `join('ports[0]', 'name')` is `ports[0].name`. */
export function join(parent: string, child: string): string {
  return parent ? `${parent}.${child}` : child;
}
