import { generateManifest } from '../src/manifest/generate';
import { restoreManifest } from '../src/manifest/restore';
import { corpusFiles, readCorpusFile } from '../src/testing/corpus';
import { medianMs, table, verdict } from './measure';

/** Import + export of every corpus file, and of the largest one alone (DESIGN.md §8). */
export function benchManifest(): void {
  const rows: string[][] = [];
  let total = 0;
  let largest = { name: '', size: 0 };
  for (const name of corpusFiles()) {
    const text = readCorpusFile(name);
    if (text.length > largest.size) largest = { name, size: text.length };
    const importMs = medianMs(() => restoreManifest(text));
    const result = restoreManifest(text);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    const exportMs = medianMs(() => generateManifest(result.file));
    total += importMs + exportMs;
    rows.push([name, (text.length / 1024).toFixed(1), importMs.toFixed(2), exportMs.toFixed(2)]);
  }
  console.log('Import and export of each corpus file (median ms over 25 runs)\n');
  console.log(table(['file', 'KB', 'import', 'export'], rows));
  const grafana = readCorpusFile('istio/grafana.yaml');
  const grafanaImport = medianMs(() => restoreManifest(grafana), 50);
  const big = readCorpusFile(largest.name);
  const bigImport = medianMs(() => restoreManifest(big), 50);
  console.log(`\nWhole corpus, import + export: ${total.toFixed(1)} ms`);
  console.log(
    `istio/grafana.yaml import: ${grafanaImport.toFixed(2)} ms (budget 100 ms, ${verdict(grafanaImport, 100)})`,
  );
  console.log(
    `Largest corpus file ${largest.name} (${(largest.size / 1024).toFixed(0)} KB) import: ${bigImport.toFixed(2)} ms (budget 100 ms, ${verdict(bigImport, 100)})`,
  );
}
