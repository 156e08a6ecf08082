import { describe, expect, it } from 'vitest';
import { isJsonObject, type JsonObject, type JsonValue } from '../model/json';
import type { Design, SidecarMode } from '../model/types';
import { corpusFiles, readCorpusFile } from '../testing/corpus';
import { documentValue, generateManifest } from './generate';
import { podTemplateOf } from './parse/workload';
import { restoreManifest } from './restore';
import type { ManifestDocument, ManifestFile } from './types';
import { readYamlDocuments } from './yaml/read';

/** A plain parse of a file, as kubectl would read it, with empty documents dropped. */
function plainParse(text: string): JsonValue[] {
  return (readYamlDocuments(text) as JsonValue[]).filter((d) => d != null);
}

/** Imports through the one door for untrusted text, as the page and the command line do. */
function importFile(text: string): ManifestFile {
  const result = restoreManifest(text);
  if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
  return result.file;
}

/** Workload documents of plain data, `kind: List` items included, in order. */
function plainWorkloads(docs: JsonValue[]): JsonObject[] {
  return docs.flatMap((d) => {
    if (!isJsonObject(d)) return [];
    if (d.kind === 'List' && Array.isArray(d.items)) return plainWorkloads(d.items);
    return podTemplateOf(d) &&
      ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'].includes(
        String(d.kind),
      )
      ? [d]
      : [];
  });
}

function designs(documents: ManifestDocument[]): Design[] {
  return documents.flatMap((d) =>
    d.type === 'workload' ? [d.design] : d.type === 'list' ? designs(d.items) : [],
  );
}

function names(list: JsonValue | undefined): string[] {
  return Array.isArray(list) ? list.map((c) => (isJsonObject(c) ? String(c.name) : '')) : [];
}

function withMode(file: ManifestFile, mode: SidecarMode): ManifestFile {
  const map = (d: ManifestDocument): ManifestDocument => {
    if (d.type === 'list') return { ...d, items: d.items.map(map) };
    if (d.type !== 'workload') return d;
    const containers = d.design.containers.map(({ mode: _m, ...c }) => c);
    return { type: 'workload', design: { ...d.design, sidecarMode: mode, containers } };
  };
  return { documents: file.documents.map(map) };
}

const files = corpusFiles();

describe('every corpus manifest', () => {
  it('is there to test with', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  describe.each(files)('%s', (name) => {
    const text = readCorpusFile(name);

    it('imports with the same workloads and containers, in order', () => {
      const file = importFile(text);
      const expected = plainWorkloads(plainParse(text));
      const actual = designs(file.documents);
      expect(actual).toHaveLength(expected.length);
      expected.forEach((doc, i) => {
        const pod = podTemplateOf(doc)?.spec as JsonObject;
        const generated = documentValue({ type: 'workload', design: actual[i] as Design });
        const podOut = podTemplateOf(generated as JsonObject)?.spec as JsonObject;
        expect(names(podOut.initContainers)).toEqual(names(pod.initContainers));
        expect(names(podOut.containers)).toEqual(names(pod.containers));
      });
    });

    it('exports the same data, document by document', () => {
      const exported = generateManifest(importFile(text), { annotate: false });
      expect(plainParse(exported)).toEqual(plainParse(text));
    });

    it('comes back unchanged from native to legacy and back', () => {
      const native = withMode(importFile(text), 'native');
      const back = withMode(withMode(native, 'legacy'), 'native');
      expect(plainParse(generateManifest(back))).toEqual(plainParse(generateManifest(native)));
    });
  });
});
