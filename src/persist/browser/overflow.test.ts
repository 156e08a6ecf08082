import { describe, expect, it } from 'vitest';
import { exportText, openedWorkload, readImport } from '../../store/document';
import { createStudioStore } from '../../store/studioStore';
import { readCorpusFile } from '../../testing/corpus';
import { persistedPage } from '../../testing/persistedPage';
import { DESIGN_KEY } from '../keys';
import { isOverflowPointer, type OverflowStore } from './overflow';
import type { KeyValueStorage } from './storageAccess';

/** Local storage that refuses any text over `limit` characters, as a full browser quota does. */
class SmallStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly limit: number) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (value.length > this.limit) {
      throw Object.assign(new Error('The quota has been exceeded.'), {
        name: 'QuotaExceededError',
      });
    }
    this.items.set(key, value);
  }
}

class MemoryOverflow implements OverflowStore {
  readonly items = new Map<string, string>();
  get = async (key: string) => this.items.get(key) ?? null;
  set = async (key: string, text: string) => {
    this.items.set(key, text);
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a save too large for local storage', () => {
  it('goes to the overflow store, and comes back whole on the next load', async () => {
    const storage = new SmallStorage(2_000);
    const overflow = new MemoryOverflow();
    const first = persistedPage(storage, overflow);
    const outcome = await readImport('shop.yaml', readCorpusFile('gke-samples/online-shop.yaml'));
    if (!outcome.ok) throw new Error(outcome.message);
    const { design, open } = openedWorkload('shop.yaml', outcome, 3);
    first.documents.getState().openDesign(design, open, 'Import');
    first.persistence.flush();
    await settle();
    expect(isOverflowPointer(storage.getItem(DESIGN_KEY))).toBe(true);
    expect(overflow.items.get(DESIGN_KEY)?.length).toBeGreaterThan(2_000);
    const before = await exportText(design, open, { annotate: true });

    const second = persistedPage(storage, overflow);
    await settle();
    await settle();
    const reopened = second.documents.getState().open;
    expect(reopened?.fileName).toBe('shop.yaml');
    expect(reopened?.workload).toBe(3);
    expect(
      await exportText(second.studio.getState().design, reopened ?? null, { annotate: true }),
    ).toBe(before);
  });

  it('without an overflow store, says the save failed and keeps what was saved', () => {
    const storage = new SmallStorage(50);
    const { studio, documents, persistence } = persistedPage(storage, null);
    const big = createStudioStore().getState().design;
    documents.getState().openDesign({ ...big, metadata: { name: 'x'.repeat(100) } }, null, 'Edit');
    persistence.flush();
    expect(storage.getItem(DESIGN_KEY)).toBeNull();
    expect(studio.getState().notice?.id).toBe('persist:save-failed');
  });
});
