// Entry points of manifest generation (implementation in progress).
import type { Design } from '../../model/types';

export interface GenerateOptions {
  /** Write the `sidecar.studio/design` annotation (default true). */
  annotate?: boolean;
}

/** The YAML the designer exports for one design. */
export function generateDesignYaml(_design: Design, _options: GenerateOptions = {}): string {
  throw new Error('not implemented yet');
}
