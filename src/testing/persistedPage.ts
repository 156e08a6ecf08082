import { startPersistence } from '../persist/browser/autosave';
import type { OverflowStore } from '../persist/browser/overflow';
import type { KeyValueStorage } from '../persist/browser/storageAccess';
import { createDocumentStore, fileSlotOf } from '../store/document';
import { createStudioStore } from '../store/studioStore';

/**
 * A page in a test: its studio and document stores, and autosave started on `storage` (which
 * loads what it holds), with `overflow` for saves too large for it.
 */
export function persistedPage(storage: KeyValueStorage, overflow: OverflowStore | null = null) {
  const studio = createStudioStore();
  const documents = createDocumentStore(studio);
  const persistence = startPersistence(studio, {
    storage,
    events: new EventTarget(),
    tabId: `tab-${Math.random()}`,
    files: fileSlotOf(documents),
    overflow,
  });
  return { studio, documents, persistence };
}
