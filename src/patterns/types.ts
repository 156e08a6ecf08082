import type { Design } from '../model/types';

/** A page that documents a pattern: Kubernetes documentation or the project that ships it. */
export interface PatternSource {
  title: string;
  url: string;
}

/** A ready-made pod design that shows one well-known way of combining containers. */
export interface Pattern {
  /** Stable identifier, e.g. `native-log-shipper`. */
  id: string;
  name: string;
  /** Two lines: what the pattern is, then the problem it solves. */
  summary: readonly [string, string];
  /**
   * True for an example that is wrong on purpose, to show a pitfall: its findings are the lesson.
   * Absent for patterns that are meant to be copied.
   */
  brokenOnPurpose?: boolean;
  /** A fresh design of the pattern each time it is called. */
  design: () => Design;
  sources: readonly PatternSource[];
}
