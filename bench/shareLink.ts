import { restoreManifest } from '../src/manifest/restore';
import { designsOf } from '../src/manifest/workloads';
import type { Design } from '../src/model/types';
import { decodeShareLink, encodeShareLink } from '../src/persist/shareLink';
import { corpusFiles, readCorpusFile } from '../src/testing/corpus';
import { medianMs, table } from './measure';

/** The corpus design with the most JSON, and the file it comes from. */
function largestCorpusDesign(): { name: string; design: Design; size: number } {
  let largest: { name: string; design: Design; size: number } | null = null;
  for (const name of corpusFiles()) {
    const result = restoreManifest(readCorpusFile(name));
    if (!result.ok) continue;
    for (const design of designsOf(result.file)) {
      const size = JSON.stringify(design).length;
      if (largest === null || size > largest.size) largest = { name, design, size };
    }
  }
  if (largest === null) throw new Error('The corpus holds no workload.');
  return largest;
}

/** Encode and decode time of a share link, and its length, for the largest corpus design. */
export function benchShareLink(): void {
  const { name, design, size } = largestCorpusDesign();
  const link = encodeShareLink(design);
  const decoded = decodeShareLink(link);
  if (!decoded.ok) throw new Error(`${name}: ${decoded.reason}`);
  const encodeMs = medianMs(() => encodeShareLink(design));
  const decodeMs = medianMs(() => decodeShareLink(link));
  console.log(
    `Share link of the largest corpus design (${name}, ${design.containers.length} containers; median ms over 25 runs)\n`,
  );
  console.log(
    table(
      ['design JSON KB', 'link KB', 'ratio', 'encode ms', 'decode ms'],
      [
        [
          (size / 1024).toFixed(1),
          (link.length / 1024).toFixed(1),
          (link.length / size).toFixed(2),
          encodeMs.toFixed(2),
          decodeMs.toFixed(2),
        ],
      ],
    ),
  );
}
