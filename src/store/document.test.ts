import { describe, expect, it } from 'vitest';
import { restoreManifest } from '../manifest/restore/index';
import { designsOf } from '../manifest/workloads';
import { readYamlDocuments } from '../manifest/yaml/read';
import { emptyDesign, starterDesign } from '../model/create';
import { addContainer } from '../model/ops';
import type { Design } from '../model/types';
import { corpusFiles, readCorpusFile } from '../testing/corpus';
import {
  createDocumentStore,
  exportFileName,
  exportText,
  importErrorMessage,
  importPickedFile,
  openedWorkload,
  readImport,
  withWorkload,
  workloadChoices,
  workloadsOf,
} from './document';
import { createStudioStore } from './studioStore';

const MULTI = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: app
          image: nginx:1.27
---
apiVersion: v1
kind: List
items:
  - apiVersion: batch/v1
    kind: Job
    metadata:
      name: migrate
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: migrate
              image: busybox:1.36
`;

async function imported(text = MULTI) {
  const outcome = await readImport('web.yaml', text);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

const rename =
  (name: string) =>
  (design: Design): Design => ({ ...design, metadata: { ...design.metadata, name } });

/**
 * The plain data of YAML text as Kubernetes reads it, document by document (empty ones dropped),
 * without the design annotation.
 */
function dataOf(text: string): unknown[] {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'sidecar.studio/design')
        .map(([key, v]) => [key, strip(v)])
        .filter(([key, v]) => !(key === 'annotations' && Object.keys(v as object).length === 0)),
    );
  };
  return readYamlDocuments(text)
    .filter((d) => d != null)
    .map(strip);
}

describe('reading an imported file', () => {
  it('lists its workloads as "Kind name", kind: List items included', async () => {
    expect((await imported()).choices).toEqual(['Deployment web', 'Job migrate']);
    expect(workloadChoices((await imported()).file)).toEqual(['Deployment web', 'Job migrate']);
  });

  it('finds the workloads of every corpus file as the manifest module does', () => {
    for (const name of corpusFiles()) {
      const result = restoreManifest(readCorpusFile(name));
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      expect(workloadsOf(result.file), name).toEqual(designsOf(result.file));
    }
  });

  it('refuses broken text with the position of the problem', async () => {
    const outcome = await readImport('broken.yaml', 'kind: Pod\nmetadata: [oops\n');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/^broken\.yaml could not be imported, and nothing was changed/);
    expect(outcome.message).toMatch(/line \d+/);
  });

  it('adds the line and column when the message does not name them', async () => {
    expect(importErrorMessage('a.yaml', { message: 'Bad.', line: 3, column: 7 })).toBe(
      'a.yaml could not be imported, and nothing was changed. Bad. (line 3, column 7)',
    );
    expect(importErrorMessage('a.yaml', { message: 'Bad on line 3.', line: 3 })).toBe(
      'a.yaml could not be imported, and nothing was changed. Bad on line 3.',
    );
  });

  it('refuses a file without a workload', async () => {
    const outcome = await readImport(
      'svc.yaml',
      'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n',
    );
    expect(outcome).toMatchObject({ ok: false });
  });

  it('reads a picked file, refusing one too large before reading it', async () => {
    const picked = (text: string, size = text.length) => ({
      name: 'web.yaml',
      size,
      text: () => Promise.resolve(text),
    });
    expect(await importPickedFile(picked(MULTI))).toMatchObject({ ok: true });
    const huge = await importPickedFile({
      ...picked(''),
      size: 100 * 1024 * 1024,
      text: () => Promise.reject(new Error('must not be read')),
    });
    expect(huge).toMatchObject({ ok: false });
    const unreadable = await importPickedFile({
      ...picked(''),
      text: () => Promise.reject(new Error('gone')),
    });
    expect(unreadable).toMatchObject({
      ok: false,
      message: expect.stringMatching(/could not be read/),
    });
  });

  it('opens the chosen workload with the file it came from', async () => {
    const outcome = await imported();
    const { design, open } = openedWorkload('web.yaml', outcome, 1);
    expect(design.kind).toBe('Job');
    expect(open).toMatchObject({ fileName: 'web.yaml', workload: 1 });
    expect(() => openedWorkload('web.yaml', outcome, 2)).toThrow(RangeError);
  });
});

describe('exporting', () => {
  it('writes the design alone when no file is open', async () => {
    const design = starterDesign();
    const text = await exportText(design, null, { annotate: true });
    expect(text).toContain('kind: Deployment');
    expect(text).toContain('sidecar.studio/design');
    expect(await exportText(design, null, { annotate: false })).not.toContain(
      'sidecar.studio/design',
    );
  });

  it('writes every document in order with the edited workload in its place', async () => {
    const outcome = await imported();
    const { design, open } = openedWorkload('web.yaml', outcome, 1);
    const edited = addContainer(design, 'sidecar', { name: 'proxy', image: 'envoy:1' });
    const data = dataOf(await exportText(edited, open, { annotate: true })) as Array<
      Record<string, unknown>
    >;
    expect(data.map((d) => d.kind)).toEqual(['Service', 'Deployment', 'List']);
    expect(JSON.stringify(data[2])).toContain('"name":"proxy"');
    expect(JSON.stringify(data[1])).not.toContain('proxy');
  });

  it('gives back the imported file as data when nothing was edited', async () => {
    const text = readCorpusFile('istio/list.yaml.injected');
    const outcome = await imported(text);
    const { design, open } = openedWorkload('list.yaml', outcome, 0);
    expect(dataOf(await exportText(design, open, { annotate: true }))).toEqual(dataOf(text));
  });

  it('refuses a workload number the file does not have', async () => {
    const { file } = await imported();
    expect(() => withWorkload(file, 5, emptyDesign())).toThrow(RangeError);
  });

  it('names the file after the workload', async () => {
    expect(exportFileName(starterDesign())).toBe('web.yaml');
    expect(exportFileName(rename('a b/c')(emptyDesign()))).toBe('a-b-c.yaml');
    expect(exportFileName(rename('')(emptyDesign()))).toBe('workload.yaml');
  });
});

describe('the document store', () => {
  it('follows the design through edits, undo and redo', async () => {
    const studio = createStudioStore();
    const documents = createDocumentStore(studio);
    const { design, open } = openedWorkload('web.yaml', await imported(), 0);

    documents.getState().openDesign(design, open, 'Import web.yaml');
    expect(studio.getState().design).toBe(design);
    expect(documents.getState().open).toBe(open);

    studio.getState().dispatch(rename('renamed'));
    expect(documents.getState().open).toBe(open);

    documents.getState().openDesign(emptyDesign(), null, 'New design');
    expect(documents.getState().open).toBeNull();

    studio.getState().undo();
    expect(documents.getState().open).toBe(open);
    studio.getState().undo();
    studio.getState().undo();
    expect(documents.getState().open).toBeNull();
    studio.getState().redo();
    expect(studio.getState().design).toBe(design);
    expect(documents.getState().open).toBe(open);
  });

  it('lets go of the file when saved work is loaded', async () => {
    const studio = createStudioStore();
    const documents = createDocumentStore(studio);
    const { design, open } = openedWorkload('web.yaml', await imported(), 0);
    documents.getState().openDesign(design, open, 'Import web.yaml');
    studio.getState().loadDesign(starterDesign());
    expect(documents.getState().open).toBeNull();
  });

  it('keeps the annotation choice', async () => {
    const documents = createDocumentStore(createStudioStore());
    expect(documents.getState().annotate).toBe(true);
    documents.getState().setAnnotate(false);
    expect(documents.getState().annotate).toBe(false);
  });
});
