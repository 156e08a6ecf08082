import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { restoreManifest } from '../manifest/restore/index';
import type { ManifestFile } from '../manifest/types';
import { designsOf } from '../manifest/workloads';
import { addContainer } from '../model/ops';
import type { Design } from '../model/types';
import { readCorpusFile } from '../testing/corpus';
import { DesignReplica } from './replica';
import { readOpenFile, type SharedFile, writeOpenFile } from './sharedFile';

type OpenDocument = SharedFile;
const workloadsOf = designsOf;

/** The file with its workloads (top-level workload documents of the sample) replaced in order. */
function withDesigns(file: ManifestFile, designs: readonly Design[]): ManifestFile {
  let index = 0;
  return {
    documents: file.documents.map((document) =>
      document.type === 'workload'
        ? { type: 'workload', design: designs[index++] as Design }
        : document,
    ),
  };
}

/** The canvas moved to workload `index`: the edited design kept in its place, a copy to edit. */
function switchedWorkload(open: OpenDocument, edited: Design, index: number) {
  const designs = workloadsOf(open.file);
  designs[open.workload] = edited;
  const file = withDesigns(open.file, designs);
  return {
    design: structuredClone(designs[index] as Design),
    open: { ...open, file, workload: index },
  };
}

/** Two copies of one session, connected by hand, each keeping what it was last handed. */
function twoCopies() {
  type Got = { design: Design | null; open: OpenDocument | null };
  const got: { a: Got; b: Got } = {
    a: { design: null, open: null },
    b: { design: null, open: null },
  };
  const a = new DesignReplica((design, open) => {
    got.a = { design, open };
  });
  const b = new DesignReplica((design, open) => {
    got.b = { design, open };
  });
  const sync = () => {
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'remote');
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'remote');
  };
  return { a, b, sync, got };
}

async function openShop(): Promise<{ design: Design; open: OpenDocument }> {
  const result = restoreManifest(readCorpusFile('gke-samples/online-shop.yaml'));
  if (!result.ok) throw new Error(result.error.message);
  const open = { fileName: 'shop.yaml', file: result.file, workload: 0, notes: result.notes };
  return { design: structuredClone(workloadsOf(result.file)[0] as Design), open };
}

const names = (design: Design | null | undefined) => design?.containers.map((c) => c.name);

describe('the open file of a live session', () => {
  it('reaches the one who joins with every document and the workload on the canvas', async () => {
    const { a, sync, got } = twoCopies();
    const { design, open } = await openShop();
    a.seed(design, open);
    sync();
    const joined = got.b;
    expect(joined.open?.fileName).toBe('shop.yaml');
    expect(joined.open?.workload).toBe(0);
    expect(joined.open?.file.documents).toHaveLength(open.file.documents.length);
    expect(workloadsOf(joined.open?.file ?? { documents: [] }).map((w) => w.metadata.name)).toEqual(
      workloadsOf(open.file).map((w) => w.metadata.name),
    );
    expect(names(joined.design)).toEqual(names(design));
  });

  it('follows a workload switch, with the edits of the workload left kept in the file', async () => {
    const { a, b, sync, got } = twoCopies();
    const { design, open } = await openShop();
    a.seed(design, open);
    sync();
    const edited = addContainer(design, 'sidecar', { name: 'edited-first' });
    a.edit(edited);
    const switched = switchedWorkload(open, edited, 2);
    a.edit(switched.design, true, switched.open);
    sync();
    expect(got.b.open?.workload).toBe(2);
    expect(names(got.b.design)).toEqual(names(switched.design));
    const first = workloadsOf(got.b.open?.file ?? { documents: [] })[0];
    expect(names(first)).toContain('edited-first');

    // The one who switched undoes the switch: both sides are back on the first workload.
    a.undo();
    sync();
    expect(got.b.open?.workload).toBe(0);
    expect(names(got.b.design)).toContain('edited-first');
    expect(b.currentFile()?.workload).toBe(0);
  });

  it('is none for a design standing alone, and a damaged file is not taken in', async () => {
    const doc = new Y.Doc();
    expect(readOpenFile(doc)).toBeNull();
    const { open } = await openShop();
    writeOpenFile(doc, open);
    expect(readOpenFile(doc)?.fileName).toBe('shop.yaml');
    writeOpenFile(doc, null);
    expect(readOpenFile(doc)).toBeNull();
    doc.getMap<string>('file').set('open', JSON.stringify({ ...open, workload: 99 }));
    expect(readOpenFile(doc)).toBeNull();
    doc.getMap<string>('file').set('open', '{"fileName": ');
    expect(readOpenFile(doc)).toBeNull();
  });

  it('drops keys named __proto__ on the way in', async () => {
    const doc = new Y.Doc();
    const { open } = await openShop();
    const text = JSON.stringify(open).replace(
      '"fileName"',
      '"__proto__":{"polluted":true},"fileName"',
    );
    doc.getMap<string>('file').set('open', text);
    const read = readOpenFile(doc);
    expect(read?.fileName).toBe('shop.yaml');
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect((read as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
