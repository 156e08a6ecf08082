import { performance } from 'node:perf_hooks';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutPod } from '../src/layout/layoutPod';
import { restoreManifest } from '../src/manifest/restore';
import { designsOf } from '../src/manifest/workloads';
import type { Design } from '../src/model/types';
import { corpusFiles, readCorpusFile } from '../src/testing/corpus';
import { verdict } from './measure';

/** The corpus workload with the most containers and volumes, and where it comes from. */
function largestPod(): { design: Design; where: string } {
  let best: { design: Design; where: string } | null = null;
  const size = (d: Design) => d.containers.length + d.volumes.length;
  for (const name of corpusFiles()) {
    const result = restoreManifest(readCorpusFile(name));
    if (!result.ok) continue;
    for (const design of designsOf(result.file)) {
      if (best === null || size(design) > size(best.design)) best = { design, where: name };
    }
  }
  if (best === null) throw new Error('The corpus holds no workload.');
  return best;
}

/** Median of the automatic layout of the largest corpus pod (DESIGN.md §8: 50 ms). */
export async function benchLayout(): Promise<void> {
  const { design, where } = largestPod();
  const elk = new ELK();
  for (let i = 0; i < 5; i++) await layoutPod(elk, design);
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const start = performance.now();
    await layoutPod(elk, design);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  const fastest = times[0] ?? Number.NaN;
  const nodes = design.containers.length + design.volumes.length;
  console.log(
    `\nAutomatic layout of the largest corpus pod (${where}, ${nodes} nodes): ${median.toFixed(2)} ms median over 25 runs, fastest ${fastest.toFixed(2)} ms (budget 50 ms, ${verdict(median, 50)})`,
  );
}
