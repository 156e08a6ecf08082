import { simulateLifecycle } from '../src/lifecycle';
import { createContext } from '../src/lint/context';
import { lintDesign } from '../src/lint/engine';
import { generateDesignYaml } from '../src/manifest/generate';
import { restoreManifest } from '../src/manifest/restore';
import { designsOf } from '../src/manifest/workloads';
import { setPosition } from '../src/model/ops/positions';
import { corpusFiles, readCorpusFile } from '../src/testing/corpus';
import { bigDesign } from './designs';
import { medianMs, verdict } from './measure';

/** Lint and timeline of the corpus, and one edit of 30- and 100-container designs (DESIGN.md §8). */
export function benchLint(): void {
  const designs = corpusFiles().flatMap((name) => {
    const result = restoreManifest(readCorpusFile(name));
    return result.ok ? designsOf(result.file) : [];
  });
  const lintAll = medianMs(() => {
    for (const d of designs) lintDesign(d, { context: createContext(d.target) });
  });
  const timelineAll = medianMs(() => {
    for (const d of designs) simulateLifecycle(d);
  });
  console.log(
    `\nLint of the whole corpus (${designs.length} workloads): ${lintAll.toFixed(1)} ms (budget 100 ms, ${verdict(lintAll, 100)})`,
  );
  console.log(`Timeline of the whole corpus: ${timelineAll.toFixed(1)} ms`);

  for (const count of [30, 100]) {
    let big = bigDesign(count);
    let step = 0;
    const edit = medianMs(() => {
      step += 1;
      big = setPosition(big, 'container:c-3', { x: step % 500, y: 40 });
      generateDesignYaml(big);
      lintDesign(big);
      simulateLifecycle(big);
    }, 100);
    // The budget is stated for 30 containers; 100 shows that a large pod stays responsive.
    const budget =
      count === 30 ? ` (budget 16 ms, ${verdict(edit, 16)})` : ' (one 60 Hz frame is 16 ms)';
    console.log(
      `One edit of a ${count}-container pod to YAML + findings + timeline: ${edit.toFixed(2)} ms${budget}`,
    );
  }
}
