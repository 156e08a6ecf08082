import * as Y from 'yjs';
import type { Design } from '../model/types';
import { type DesignIds, NO_IDS, writeDesign } from './designDoc';
import { readDesign } from './readDesign';
import { readOpenFile, type SharedFile, sharedFileType, writeOpenFile } from './sharedFile';
import { hasDesign, sharedTypes } from './sharedTypes';

/** The origin of this person's own edits: the only ones their undo takes back. */
export const LOCAL_EDIT = Symbol('local edit');
/** The origin of the design the session starts with: not an edit anyone can undo. */
const SEED = Symbol('seed');

/**
 * One person's copy of a live session's design: a Yjs document, the design it holds with the
 * manifest file it belongs to, and an undo history of this person's own edits. Edits of others
 * arrive through the document (`doc`) and are handed to `onDesign`; so are this person's undo and
 * redo.
 */
export class DesignReplica {
  readonly doc: Y.Doc;
  private readonly undoManager: Y.UndoManager;
  private ids: DesignIds = NO_IDS;
  private design: Design | null = null;
  private open: SharedFile | null = null;

  constructor(
    private readonly onDesign: (design: Design, open: SharedFile | null) => void,
    doc: Y.Doc = new Y.Doc(),
  ) {
    this.doc = doc;
    const shared = sharedTypes(doc);
    this.undoManager = new Y.UndoManager(
      [
        shared.meta,
        shared.containers,
        shared.volumes,
        shared.containerOrder,
        shared.volumeOrder,
        sharedFileType(doc),
      ],
      // Steps are delimited by the page's own history (see `edit`), not by time.
      { trackedOrigins: new Set([LOCAL_EDIT]), captureTimeout: Number.MAX_SAFE_INTEGER },
    );
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_EDIT || origin === SEED || !hasDesign(doc)) return;
      const read = readDesign(doc);
      this.ids = read.ids;
      this.design = read.design;
      this.open = readOpenFile(doc);
      this.onDesign(read.design, this.open);
    });
  }

  /** The design as this copy knows it; null before any has arrived. */
  current(): Design | null {
    return this.design;
  }

  /** The manifest file the design belongs to; null for a design standing alone. */
  currentFile(): SharedFile | null {
    return this.open;
  }

  /** Puts the design a session starts with, and the file it belongs to, into the document. */
  seed(design: Design, open: SharedFile | null = null): void {
    this.doc.transact(() => {
      this.ids = writeDesign(this.doc, NO_IDS, null, design, SEED);
      writeOpenFile(this.doc, open);
    }, SEED);
    this.design = design;
    this.open = open;
  }

  /**
   * Writes a local edit, with the file the design belongs to (a workload switch changes both).
   * `newStep` starts a new undo step; otherwise the edit joins the last one (the positions of one
   * drag).
   */
  edit(next: Design, newStep = true, open: SharedFile | null = this.open): void {
    if (next === this.design && open === this.open) return;
    if (newStep) this.undoManager.stopCapturing();
    this.doc.transact(() => {
      this.ids = writeDesign(this.doc, this.ids, this.design, next, LOCAL_EDIT);
      writeOpenFile(this.doc, open);
    }, LOCAL_EDIT);
    this.design = next;
    this.open = open;
  }

  canUndo(): boolean {
    return this.undoManager.canUndo();
  }

  canRedo(): boolean {
    return this.undoManager.canRedo();
  }

  /** Takes back this person's last edit, whatever others did since. */
  undo(): void {
    this.undoManager.stopCapturing();
    this.undoManager.undo();
  }

  redo(): void {
    this.undoManager.redo();
  }

  destroy(): void {
    this.undoManager.destroy();
  }
}
