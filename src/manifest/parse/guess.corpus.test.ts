import { describe, expect, it } from 'vitest';
import { isLegacySidecar } from '../../model/placement';
import { corpusFiles, readCorpusFile } from '../../testing/corpus';
import { LABELS } from '../../testing/guessCorpusLabels';
import { restoreManifest } from '../restore';
import { designsOf } from '../workloads';

interface Counts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function measure() {
  const expected = new Map(LABELS.map(([f, w, c, l]) => [`${f} ${w}/${c}`, l]));
  const roles: Counts = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  const purposes = { guessed: 0, right: 0, sidecars: 0 };
  const wrong: string[] = [];
  const seen = new Set<string>();
  for (const file of corpusFiles()) {
    const result = restoreManifest(readCorpusFile(file));
    if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
    for (const design of designsOf(result.file)) {
      const workload = String(design.metadata.name ?? '');
      for (const c of design.containers) {
        const key = `${file} ${workload}/${c.name}`;
        seen.add(key);
        const label = expected.get(key);
        if (label === undefined) throw new Error(`No label for ${key}`);
        if (c.role === 'init') continue;
        const inContainers = c.role === 'main' || isLegacySidecar(design, c);
        const isSidecar = label !== 'main' && label !== 'init';
        if (inContainers) {
          const guessedSidecar = c.role === 'sidecar' && c.guessed === true;
          if (guessedSidecar && isSidecar) roles.truePositive++;
          if (guessedSidecar && !isSidecar) {
            roles.falsePositive++;
            wrong.push(`${key}: guessed a legacy sidecar (${c.guessReason}), it is ${label}`);
          }
          if (!guessedSidecar && isSidecar) roles.falseNegative++;
        }
        if (isSidecar) purposes.sidecars++;
        if (isSidecar && c.guessed && c.purpose) {
          purposes.guessed++;
          if (c.purpose === label) purposes.right++;
          else wrong.push(`${key}: guessed ${c.purpose} (${c.guessReason}), it is ${label}`);
        }
      }
    }
  }
  const unseen = [...expected.keys()].filter((k) => !seen.has(k));
  return { roles, purposes, wrong, unseen };
}

describe('role and purpose guesses over the corpus', () => {
  it('are right whenever they are made, and find most sidecars', () => {
    const { roles, purposes, wrong, unseen } = measure();
    const rolePrecision = ratio(roles.truePositive, roles.truePositive + roles.falsePositive);
    const roleRecall = ratio(roles.truePositive, roles.truePositive + roles.falseNegative);
    const purposePrecision = ratio(purposes.right, purposes.guessed);
    const purposeRecall = ratio(purposes.right, purposes.sidecars);
    process.stdout.write(
      `${[
        `legacy sidecar guesses: precision ${percent(rolePrecision)}, recall ${percent(roleRecall)} (${roles.truePositive} right, ${roles.falsePositive} wrong, ${roles.falseNegative} missed)`,
        `purpose guesses: precision ${percent(purposePrecision)}, recall ${percent(purposeRecall)} (${purposes.right} of ${purposes.guessed} guesses right, ${purposes.sidecars} sidecars)`,
      ].join('\n')}\n`,
    );
    expect(unseen).toEqual([]);
    expect(wrong).toEqual([]);
    expect(rolePrecision).toBe(1);
    expect(purposePrecision).toBe(1);
    // Recall may only grow: the sidecars missed today are named in the labels above.
    expect(roleRecall).toBeGreaterThanOrEqual(0.9);
    expect(purposeRecall).toBeGreaterThanOrEqual(0.85);
  });
});
