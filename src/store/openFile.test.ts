import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateManifest } from '../manifest/generate/index';
import { restoreManifest } from '../manifest/restore/index';
import { addContainer } from '../model/ops';
import type { KeyValueStorage } from '../persist/browser/storageAccess';
import { createEnvelope, serialiseEnvelope } from '../persist/envelope';
import { DESIGN_KEY } from '../persist/keys';
import { parseSavedState } from '../persist/parse';
import { corpusFiles, readCorpusFile } from '../testing/corpus';
import { persistedPage } from '../testing/persistedPage';
import {
  createDocumentStore,
  exportText,
  openedWorkload,
  readImport,
  workloadChoices,
} from './document';
import { switchedWorkload, wholeFile, workloadsOf } from './openFile';
import { createStudioStore } from './studioStore';

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

async function imported(name: string, text: string) {
  const outcome = await readImport(name, text);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

const annotated = { annotate: true };

describe('the open file, saved and restored whole', () => {
  it.each(corpusFiles())('%s', (name) => {
    const result = restoreManifest(readCorpusFile(name));
    if (!result.ok) throw new Error(result.error.message);
    const workloads = workloadsOf(result.file);
    if (workloads.length === 0) return;
    const last = workloads.length - 1;
    const open = { fileName: name, file: result.file, workload: last, notes: result.notes };
    const design = workloads[last];
    if (design === undefined) throw new Error('no workload');
    const text = serialiseEnvelope(
      createEnvelope(design, { tabId: 't', revision: 1 }, new Date(), open),
    );
    const read = parseSavedState(text);
    if (!read.ok) throw new Error(read.reason);
    expect(read.file).toEqual(JSON.parse(JSON.stringify(open)));
    if (read.file === null) throw new Error('no file');
    expect(generateManifest(wholeFile(read.file, read.design), annotated)).toBe(
      generateManifest(result.file, annotated),
    );
  });

  it('refuses a saved file whose workload index names no workload, and one with a broken design', () => {
    const result = restoreManifest(readCorpusFile('istio/hello-multi.yaml.injected'));
    if (!result.ok) throw new Error(result.error.message);
    const [design] = workloadsOf(result.file);
    if (design === undefined) throw new Error('no workload');
    const open = { fileName: 'f.yaml', file: result.file, workload: 5, notes: [] };
    const text = serialiseEnvelope(
      createEnvelope(design, { tabId: 't', revision: 1 }, new Date(), open),
    );
    const read = parseSavedState(text);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.reason).toBe('The saved file is damaged: The file has no workload number 6.');
    const broken = text.replace(
      '"type":"workload","design":{"kind":"Deployment"',
      '"type":"workload","design":{"kind":"Nothing"',
    );
    const damaged = parseSavedState(broken);
    expect(damaged.ok).toBe(false);
  });
});

describe('an open file across a reload', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('comes back with every document, the edited workload and the edits of the others', async () => {
    const name = 'gke-samples/online-shop.yaml';
    const text = readCorpusFile(name);
    const outcome = await imported('online-shop.yaml', text);
    expect(outcome.choices.length).toBeGreaterThan(2);
    const storage = new MemoryStorage();
    const first = persistedPage(storage);
    const { design, open } = openedWorkload('online-shop.yaml', outcome, 0);
    first.documents.getState().openDesign(design, open, 'Import');
    first.studio.getState().dispatch((d) => addContainer(d, 'sidecar', { name: 'edited-first' }));
    first.documents.getState().switchWorkload(2);
    first.studio.getState().dispatch((d) => addContainer(d, 'sidecar', { name: 'edited-third' }));
    first.persistence.flush();
    const before = await exportText(
      first.studio.getState().design,
      first.documents.getState().open,
      annotated,
    );

    const second = persistedPage(storage);
    const reopened = second.documents.getState().open;
    expect(reopened?.fileName).toBe('online-shop.yaml');
    expect(reopened?.workload).toBe(2);
    expect(second.studio.getState().canUndo).toBe(false);
    const after = await exportText(second.studio.getState().design, reopened ?? null, annotated);
    expect(after).toBe(before);
    expect(after).toContain('edited-first');
    expect(after).toContain('edited-third');
    const documents = (restoreManifest(text) as { ok: true; file: { documents: unknown[] } }).file
      .documents.length;
    const exported = restoreManifest(after);
    expect(exported.ok && exported.file.documents.length).toBe(documents);
  });
});

describe('switching workloads', () => {
  it("keeps each workload's edits, and undo walks back across the switch", async () => {
    const outcome = await imported('hello.yaml', readCorpusFile('istio/hello-multi.yaml.injected'));
    const studio = createStudioStore();
    const documents = createDocumentStore(studio);
    const { design, open } = openedWorkload('hello.yaml', outcome, 0);
    documents.getState().openDesign(design, open, 'Import');
    studio.getState().dispatch((d) => addContainer(d, 'sidecar', { name: 'added' }));
    const names = () => studio.getState().design.containers.map((c) => c.name);
    expect(names()).toContain('added');

    documents.getState().switchWorkload(1);
    expect(documents.getState().open?.workload).toBe(1);
    expect(studio.getState().design.metadata.name).toBe('hello-v2');
    expect(names()).not.toContain('added');

    documents.getState().switchWorkload(0);
    expect(studio.getState().design.metadata.name).toBe('hello-v1');
    expect(names()).toContain('added');

    studio.getState().undo();
    expect(documents.getState().open?.workload).toBe(1);
    expect(studio.getState().design.metadata.name).toBe('hello-v2');
    studio.getState().undo();
    expect(documents.getState().open?.workload).toBe(0);
    expect(names()).toContain('added');
    studio.getState().undo();
    expect(names()).not.toContain('added');
    studio.getState().redo();
    studio.getState().redo();
    studio.getState().redo();
    expect(studio.getState().design.metadata.name).toBe('hello-v1');
    expect(names()).toContain('added');
  });

  it('keeps the file for an edit that leaves no undo step, even while the design has none to undo', async () => {
    const outcome = await imported('hello.yaml', readCorpusFile('istio/hello-multi.yaml.injected'));
    const studio = createStudioStore();
    const documents = createDocumentStore(studio);
    const { design, open } = openedWorkload('hello.yaml', outcome, 0);
    documents.getState().openDesign(design, open, 'Live session');
    // As in a live session that someone else started: undo belongs to the session, and this
    // person has nothing to undo; the automatic layout then places what arrived.
    studio.setState({ canUndo: false, canRedo: false });
    studio
      .getState()
      .dispatch((d) => addContainer(d, 'sidecar', { name: 'placed' }), { capture: 'ignore' });
    expect(studio.getState().design.containers.map((c) => c.name)).toContain('placed');
    expect(documents.getState().open).toBe(open);

    // Loading a design (a fresh history) still leaves the file.
    studio.getState().loadDesign(structuredClone(studio.getState().design));
    expect(documents.getState().open).toBeNull();
  });

  it('labels the workloads by kind and name', () => {
    const result = restoreManifest(readCorpusFile('istio/hello-multi.yaml.injected'));
    if (!result.ok) throw new Error(result.error.message);
    expect(workloadChoices(result.file)).toEqual(['Deployment hello-v1', 'Deployment hello-v2']);
    const open = { fileName: 'f', file: result.file, workload: 0, notes: [] };
    const [first] = workloadsOf(result.file);
    if (first === undefined) throw new Error('no workload');
    const switched = switchedWorkload(open, first, 1);
    expect(switched.open.workload).toBe(1);
    expect(switched.design).not.toBe(workloadsOf(result.file)[1]);
    expect(switched.design).toEqual(workloadsOf(result.file)[1]);
  });
});

it('saves nothing but the design when no file is open', () => {
  const storage = new MemoryStorage();
  const { persistence, studio } = persistedPage(storage);
  studio.getState().dispatch((d) => addContainer(d, 'main', { name: 'solo' }));
  persistence.flush();
  const saved = JSON.parse(storage.getItem(DESIGN_KEY) ?? '{}') as Record<string, unknown>;
  expect(saved.file).toBeUndefined();
  expect(JSON.stringify(saved.design)).toContain('solo');
});
