import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDesign, starterDesign } from '../../model/create';
import { setPosition } from '../../model/ops';
import type { Design } from '../../model/types';
import { createStudioStore } from '../../store/studioStore';
import { createEnvelope, serialiseEnvelope } from '../envelope';
import { DESIGN_KEY, SET_ASIDE_KEY } from '../keys';
import { startPersistence } from './autosave';
import type { KeyValueStorage } from './storageAccess';

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full)
      throw Object.assign(new Error('The quota has been exceeded.'), {
        name: 'QuotaExceededError',
      });
    this.items.set(key, value);
  }
}

function savedText(design: Design, tabId: string, revision: number): string {
  return serialiseEnvelope(createEnvelope(design, { tabId, revision }, new Date(0)));
}

function storageEvent(newValue: string | null): Event {
  return Object.assign(new Event('storage'), { key: DESIGN_KEY, newValue });
}

const moveApp = (x: number) => (d: Design) => setPosition(d, 'container:app', { x, y: 7 });

function setup(storage = new MemoryStorage()) {
  const store = createStudioStore();
  const events = new EventTarget();
  const persistence = startPersistence(store, { storage, events, tabId: 'this-tab' });
  return { store, events, storage, persistence };
}

function savedDesign(storage: MemoryStorage): Design {
  const text = storage.getItem(DESIGN_KEY);
  if (text === null) throw new Error('nothing saved');
  return (JSON.parse(text) as { design: Design }).design;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('loading', () => {
  it('opens the saved design with nothing to undo', () => {
    const storage = new MemoryStorage();
    storage.setItem(DESIGN_KEY, savedText(starterDesign(), 'other-tab', 4));
    const { store } = setup(storage);
    expect(store.getState().design).toEqual(starterDesign());
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().notice).toBeNull();
  });

  it('writes nothing when nothing changed', () => {
    const { storage, persistence } = setup();
    persistence.flush();
    vi.runAllTimers();
    expect(storage.items.size).toBe(0);
  });

  it('sets damaged text aside, says so and starts empty', () => {
    const storage = new MemoryStorage();
    storage.setItem(DESIGN_KEY, '{"app":"sidecar-studio", broken');
    const { store } = setup(storage);
    expect(store.getState().design).toEqual(emptyDesign());
    expect(storage.getItem(SET_ASIDE_KEY)).toBe('{"app":"sidecar-studio", broken');
    expect(store.getState().notice?.tone).toBe('warning');
    expect(store.getState().notice?.message).toContain(SET_ASIDE_KEY);
  });

  it('does not save over damaged text that could not be set aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(DESIGN_KEY, 'garbage');
    storage.full = true;
    const { store, persistence } = setup(storage);
    expect(store.getState().notice?.tone).toBe('error');
    storage.full = false;
    store.getState().dispatch((d) => ({ ...d, metadata: { name: 'web' } }));
    persistence.flush();
    expect(storage.getItem(DESIGN_KEY)).toBe('garbage');
  });
});

describe('saving', () => {
  it('saves once, 300 ms after the last change', () => {
    const storage = new MemoryStorage();
    storage.setItem(DESIGN_KEY, savedText(starterDesign(), 'this-tab', 1));
    const { store } = setup(storage);
    store.getState().dispatch(moveApp(1));
    vi.advanceTimersByTime(200);
    store.getState().dispatch(moveApp(2));
    vi.advanceTimersByTime(299);
    expect(savedDesign(storage).positions['container:app']).toEqual({ x: 80, y: 120 });
    vi.advanceTimersByTime(1);
    expect(savedDesign(storage).positions['container:app']).toEqual({ x: 2, y: 7 });
    const envelope = JSON.parse(storage.getItem(DESIGN_KEY) ?? '') as Record<string, unknown>;
    expect(envelope).toMatchObject({
      app: 'sidecar-studio',
      version: 1,
      tabId: 'this-tab',
      revision: 2,
    });
  });

  it('saves at once when the page is hidden', () => {
    const { store, events, storage } = setup();
    store.getState().dispatch((d) => ({ ...d, metadata: { name: 'web' } }));
    events.dispatchEvent(new Event('pagehide'));
    expect(savedDesign(storage).metadata).toEqual({ name: 'web' });
  });

  it('reports a full storage and saves again at the next change', () => {
    const { store, storage } = setup();
    storage.full = true;
    store.getState().dispatch((d) => ({ ...d, metadata: { name: 'web' } }));
    vi.runAllTimers();
    expect(store.getState().notice?.tone).toBe('error');
    expect(store.getState().notice?.message).toMatch(/storage for Sidecar Studio is full/);
    storage.full = false;
    store.getState().dispatch((d) => ({ ...d, metadata: { name: 'api' } }));
    vi.runAllTimers();
    expect(savedDesign(storage).metadata).toEqual({ name: 'api' });
    expect(store.getState().notice).toBeNull();
  });

  it('saves nothing while paused, and saves once the pause ends', () => {
    const storage = new MemoryStorage();
    let paused = true;
    const store = createStudioStore();
    const events = new EventTarget();
    startPersistence(store, { storage, events, tabId: 'this-tab', paused: () => paused });
    store.getState().dispatch((d) => ({ ...d, metadata: { name: 'shared' } }));
    vi.runAllTimers();
    events.dispatchEvent(new Event('pagehide'));
    expect(storage.items.size).toBe(0);
    paused = false;
    store.getState().dispatch((d) => ({ ...d, metadata: { name: 'mine' } }));
    vi.runAllTimers();
    expect(savedDesign(storage).metadata).toEqual({ name: 'mine' });
  });

  it('stops saving once stopped', () => {
    const { store, storage, persistence } = setup();
    persistence.stop();
    store.getState().dispatch((d) => ({ ...d, metadata: { name: 'web' } }));
    vi.runAllTimers();
    expect(storage.items.size).toBe(0);
  });
});

describe('two tabs', () => {
  function withNewerSave() {
    const storage = new MemoryStorage();
    storage.setItem(DESIGN_KEY, savedText(starterDesign(), 'this-tab', 1));
    const tab = setup(storage);
    const newer = { ...starterDesign(), metadata: { name: 'from-the-other-tab' } };
    const text = savedText(newer, 'other-tab', 2);
    storage.setItem(DESIGN_KEY, text);
    tab.events.dispatchEvent(storageEvent(text));
    return { ...tab, newer };
  }

  it('does not overwrite a newer save from another tab, and asks', () => {
    const { store, storage } = withNewerSave();
    expect(store.getState().notice?.actions?.map((a) => a.label)).toEqual([
      'Load the newer design',
      'Keep this design',
    ]);
    store.getState().dispatch(moveApp(5));
    vi.runAllTimers();
    expect(savedDesign(storage).metadata).toEqual({ name: 'from-the-other-tab' });
  });

  it('also notices a newer save it was not told about before saving', () => {
    const storage = new MemoryStorage();
    storage.setItem(DESIGN_KEY, savedText(starterDesign(), 'this-tab', 1));
    const { store } = setup(storage);
    storage.setItem(DESIGN_KEY, savedText(emptyDesign(), 'other-tab', 2));
    store.getState().dispatch(moveApp(5));
    vi.runAllTimers();
    expect(savedDesign(storage).containers).toEqual([]);
    expect(store.getState().notice?.actions).toHaveLength(2);
  });

  it('loads the newer design as one undo step, without saving it back', () => {
    const { store, storage, newer } = withNewerSave();
    const before = storage.getItem(DESIGN_KEY);
    store.getState().notice?.actions?.[0]?.run();
    expect(store.getState().design).toEqual(newer);
    expect(store.getState().notice).toBeNull();
    vi.runAllTimers();
    expect(storage.getItem(DESIGN_KEY)).toBe(before);
    store.getState().undo();
    expect(store.getState().design).toEqual(starterDesign());
  });

  it('keeps this design and saves it over the other', () => {
    const { store, storage } = withNewerSave();
    store.getState().notice?.actions?.[1]?.run();
    expect(store.getState().notice).toBeNull();
    expect(savedDesign(storage)).toEqual(starterDesign());
    const envelope = JSON.parse(storage.getItem(DESIGN_KEY) ?? '') as { revision: number };
    expect(envelope.revision).toBe(3);
  });

  it('keeps this design when the newer one cannot be opened, setting that one aside', () => {
    const { store, storage, events } = setup();
    const damaged = '{"tabId":"other-tab","revision":5,"design":{"kind":"Pod"}}';
    storage.setItem(DESIGN_KEY, damaged);
    events.dispatchEvent(storageEvent(damaged));
    store.getState().notice?.actions?.[0]?.run();
    expect(storage.getItem(SET_ASIDE_KEY)).toBe(damaged);
    expect(savedDesign(storage)).toEqual(emptyDesign());
    expect(store.getState().notice?.message).toContain(SET_ASIDE_KEY);
  });

  it('ignores its own and older saves', () => {
    const { store, events } = setup();
    events.dispatchEvent(storageEvent(savedText(emptyDesign(), 'this-tab', 9)));
    events.dispatchEvent(storageEvent(savedText(emptyDesign(), 'other-tab', 0)));
    events.dispatchEvent(storageEvent(null));
    expect(store.getState().notice).toBeNull();
  });
});
