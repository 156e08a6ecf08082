import {
  defaultScenario,
  type LifecycleScenario,
  simulateLifecycle,
  type Timeline,
} from '../lifecycle';
import { lintDesign } from '../lint/engine';
import type { Finding } from '../lint/types';
import { type DocumentLines, lineOfPath, locateLines } from '../manifest/yaml/locate';
import type { Design } from '../model/types';
import { type ManifestView, manifestOf } from './manifest';

/**
 * Everything the page derives from one design version, each computed at most once: the manifest
 * text, its line map, the lint findings (plain and placed on lines) and the lifecycle timelines.
 * Every view reads them here, so the warnings, the editor's marks, the timeline and Explain never
 * repeat each other's work. Designs are immutable, so a design object is its version.
 */
interface Derived {
  findings?: Finding[];
  lines?: DocumentLines[] | null;
  placed?: Finding[];
  timelines: Map<string, Timeline>;
}

/** The name of the performance mark each lint run leaves, so a benchmark can count them. */
export const LINT_RUN_MARK = 'sidecar-lint-run';

const cache = new WeakMap<Design, Derived>();

function derivedOf(design: Design): Derived {
  let derived = cache.get(design);
  if (!derived) {
    derived = { timelines: new Map() };
    cache.set(design, derived);
  }
  return derived;
}

export { type ManifestView, manifestOf };

/** The lint findings of a design, sorted by severity. */
export function findingsOf(design: Design): Finding[] {
  const derived = derivedOf(design);
  if (!derived.findings) {
    derived.findings = lintDesign(design);
    performance.mark(LINT_RUN_MARK);
  }
  return derived.findings;
}

/** Lines of a YAML text by field path, or null when the text is not YAML. */
function linesOfText(text: string): DocumentLines[] | null {
  try {
    return locateLines(text);
  } catch {
    return null;
  }
}

/** The line of every field path in the design's manifest, or null when it has no manifest. */
export function lineMapOf(design: Design): DocumentLines[] | null {
  const derived = derivedOf(design);
  if (derived.lines === undefined) {
    const manifest = manifestOf(design);
    derived.lines = manifest.ok ? linesOfText(manifest.text) : null;
  }
  return derived.lines;
}

function placeOn(findings: readonly Finding[], lines: DocumentLines[] | null): Finding[] {
  return findings.map((f) => {
    const line = lines ? lineOfPath(lines[0], f.path) : undefined;
    return line === undefined ? { ...f } : { ...f, line };
  });
}

/**
 * The findings with the line they concern in `text`, the manifest shown for the design. When
 * `text` is the design's own manifest (the usual case) the placed findings are computed once;
 * a text the person reformatted is located afresh, but never linted again.
 */
export function placedFindingsOf(design: Design, text?: string): Finding[] {
  const own = manifestOf(design);
  if (text !== undefined && !(own.ok && own.text === text)) {
    return placeOn(findingsOf(design), linesOfText(text));
  }
  const derived = derivedOf(design);
  derived.placed ??= placeOn(findingsOf(design), lineMapOf(design));
  return derived.placed;
}

/**
 * The lifecycle timeline of a scenario (the design's default one unless given), simulated once
 * per design, scenario and the container the scenario acts on.
 */
export function timelineOf(
  design: Design,
  scenario: LifecycleScenario = defaultScenario(design),
  container?: string,
): Timeline {
  const timelines = derivedOf(design).timelines;
  const key = container === undefined ? scenario : `${scenario}:${container}`;
  let timeline = timelines.get(key);
  if (!timeline) {
    timeline = simulateLifecycle(
      design,
      container === undefined ? { scenario } : { scenario, container },
    );
    timelines.set(key, timeline);
  }
  return timeline;
}
