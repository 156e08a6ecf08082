import * as Y from 'yjs';
import type { Design } from '../model/types';
import { type DesignIds, NO_IDS, writeDesign } from './designDoc';
import { readDesign } from './readDesign';
import { hasDesign, sharedTypes } from './sharedTypes';

/** The origin of this person's own edits: the only ones their undo takes back. */
export const LOCAL_EDIT = Symbol('local edit');
/** The origin of the design the session starts with: not an edit anyone can undo. */
const SEED = Symbol('seed');

/**
 * One person's copy of a live session's design: a Yjs document, the design it holds, and an undo
 * history of this person's own edits. Edits of others arrive through the document (`doc`) and are
 * handed to `onDesign`; so are this person's undo and redo.
 */
export class DesignReplica {
  readonly doc: Y.Doc;
  private readonly undoManager: Y.UndoManager;
  private ids: DesignIds = NO_IDS;
  private design: Design | null = null;

  constructor(
    private readonly onDesign: (design: Design) => void,
    doc: Y.Doc = new Y.Doc(),
  ) {
    this.doc = doc;
    const shared = sharedTypes(doc);
    this.undoManager = new Y.UndoManager(
      [shared.meta, shared.containers, shared.volumes, shared.containerOrder, shared.volumeOrder],
      // Steps are delimited by the page's own history (see `edit`), not by time.
      { trackedOrigins: new Set([LOCAL_EDIT]), captureTimeout: Number.MAX_SAFE_INTEGER },
    );
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_EDIT || origin === SEED || !hasDesign(doc)) return;
      const read = readDesign(doc);
      this.ids = read.ids;
      this.design = read.design;
      this.onDesign(read.design);
    });
  }

  /** The design as this copy knows it; null before any has arrived. */
  current(): Design | null {
    return this.design;
  }

  /** Puts the design a session starts with into the document. */
  seed(design: Design): void {
    this.ids = writeDesign(this.doc, NO_IDS, null, design, SEED);
    this.design = design;
  }

  /**
   * Writes a local edit. `newStep` starts a new undo step; otherwise the edit joins the last one
   * (the positions of one drag).
   */
  edit(next: Design, newStep = true): void {
    if (next === this.design) return;
    if (newStep) this.undoManager.stopCapturing();
    this.ids = writeDesign(this.doc, this.ids, this.design, next, LOCAL_EDIT);
    this.design = next;
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
