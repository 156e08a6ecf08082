import { generateDesignYaml } from '../manifest/generate';
import { lineOfPath, locateLines } from '../manifest/yaml/locate';
import type { Design } from '../model/types';
import type { Finding } from './types';

/**
 * Findings with the line of the design's generated YAML they concern, so the editor can mark
 * it. `text` is the YAML shown for the design (generated with the same options).
 */
export function withGeneratedLines(
  design: Design,
  findings: readonly Finding[],
  text: string = generateDesignYaml(design),
): Finding[] {
  const [lines] = locateLines(text);
  return findings.map((f) => {
    const line = lineOfPath(lines, f.path);
    return line === undefined ? { ...f } : { ...f, line };
  });
}
