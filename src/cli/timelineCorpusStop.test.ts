import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../testing/corpus';
import type { WorkloadTimeline } from './timeline';
import { timelineOf } from './timelineRun';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ya?ml|injected|json)$/.test(entry) ? [path] : [];
  });
}

/** Containers that run when the stop phase begins but get no stop step. */
function missingFromStop(t: WorkloadTimeline): string[] {
  const stopped = new Set(t.stop.flat());
  const started = new Set(t.start.flat());
  // Regular init containers finish before anything stops.
  const finished = new Set(
    t.events
      .filter((e) => e.phase === 'completed' && !t.stop.flat().includes(e.container))
      .map((e) => e.container),
  );
  return [...started].filter((name) => !stopped.has(name) && !finished.has(name));
}

describe('every container that runs appears in stop, over the whole corpus', () => {
  const files = filesUnder(CORPUS_DIR);
  it.each(files.map((f) => [relative(CORPUS_DIR, f), f]))('%s', (_, file) => {
    const result = timelineOf(readFileSync(file, 'utf8'), '--format', 'json');
    expect(result.code).toBe(0);
    for (const t of result.json()) {
      expect({ name: t.name, missing: missingFromStop(t) }).toEqual({ name: t.name, missing: [] });
    }
  });
});
