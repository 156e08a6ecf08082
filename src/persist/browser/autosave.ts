import type { StoreApi } from 'zustand/vanilla';
import type { Design } from '../../model/types';
import type { StudioState } from '../../store/studioStore';
import { createEnvelope, type SaveStamp, serialiseEnvelope } from '../envelope';
import type { SavedFile } from '../fileShape';
import { decideSave, isNewerElsewhere, readStamp } from '../guard';
import { DESIGN_KEY } from '../keys';
import { parseSavedState } from '../parse';
import { loadSavedDesign } from './load';
import {
  NOTICE_IDS,
  newerElsewhereNotice,
  newerUnreadableNotice,
  notSavingNotice,
  saveFailedNotice,
} from './notices';
import { isOverflowPointer, type OverflowStore, overflowPointer } from './overflow';
import { setAside } from './setAside';
import { type KeyValueStorage, readItem, writeItem } from './storageAccess';

/** How long after the last change the design is saved. */
export const SAVE_DELAY_MS = 300;

/** Where and how the page saves. */
export interface PersistenceEnv {
  storage: KeyValueStorage;
  /** Receives `pagehide` and `storage` events: the window. */
  events: EventTarget;
  /** This page load's id, written with each save. */
  tabId: string;
  delayMs?: number;
  now?: () => Date;
  /** True while nothing may be saved, e.g. while the person only looks at a shared design. */
  paused?: () => boolean;
  /** Where the open file lives; without it only the design is saved. */
  files?: FileSlot;
  /** Where a save too large for `storage` goes (IndexedDB in the browser). */
  overflow?: OverflowStore | null;
}

/**
 * The open file the design belongs to, as the page keeps it: saved with the design, so that a
 * reload brings back every document of the file and not only the workload on the canvas.
 */
export interface FileSlot {
  /** The file of the design on the canvas, or null for a design standing alone. */
  current: () => SavedFile | null;
  /**
   * Shows `design` with `file` as its file: when `design` is already on the canvas only the file
   * is set; otherwise the design replaces the current one as one undo step labelled `label`.
   */
  open: (design: Design, file: SavedFile | null, label: string) => void;
  /** Calls `listener` after the file changes; returns a function that stops it. */
  subscribe: (listener: () => void) => () => void;
}

/** A running autosave. */
export interface Persistence {
  /** Saves now if anything is waiting to be saved. */
  flush: () => void;
  /** Stops saving and listening. */
  stop: () => void;
}

interface StorageChange {
  key: string | null;
  newValue: string | null;
}

function isStorageChange(event: Event): event is Event & StorageChange {
  return 'key' in event && 'newValue' in event;
}

/**
 * Opens the saved design in `store` (with a fresh history), then saves the design
 * {@link SAVE_DELAY_MS} after each change and at `pagehide`. Nothing is written before the load
 * has finished. A failed save, damaged saved text and a newer save by another tab are reported
 * through the store's notice, never silently.
 */
export function startPersistence(store: StoreApi<StudioState>, env: PersistenceEnv): Persistence {
  const { storage, events, tabId } = env;
  const delay = env.delayMs ?? SAVE_DELAY_MS;
  const now = env.now ?? (() => new Date());

  const { files, overflow } = env;
  const loaded = loadSavedDesign(storage);
  if (loaded.design !== null) {
    store.getState().loadDesign(loaded.design);
    files?.open(loaded.design, loaded.file, 'Open the saved design');
  }
  if (loaded.notice !== null) store.getState().showNotice(loaded.notice);

  let known = loaded.revision;
  let blocked = loaded.blocked;
  /** True while a save kept in the overflow store is being read: nothing is written meanwhile. */
  let loadingOverflow = false;
  if (loaded.overflowed) {
    const before = store.getState().design;
    const unreadable = (reason: string) =>
      store
        .getState()
        .showNotice(
          notSavingNotice(`The saved design is kept in this browser's database and ${reason}`),
        );
    if (!overflow) {
      blocked = true;
      unreadable('this page cannot open it.');
    } else {
      loadingOverflow = true;
      overflow.get(DESIGN_KEY).then(
        (text) => {
          loadingOverflow = false;
          const result = text === null ? null : parseSavedState(text);
          if (!result?.ok) {
            blocked = true;
            unreadable(result ? `could not be opened. ${result.reason}` : 'is missing.');
            return;
          }
          // The person has not changed anything while it loaded: open it as if at start.
          if (store.getState().design !== before) return;
          store.getState().loadDesign(result.design);
          files?.open(result.design, result.file, 'Open the saved design');
          saved = result.design;
          savedFile = result.file;
        },
        (error: unknown) => {
          loadingOverflow = false;
          blocked = true;
          unreadable(
            `could not be read (${error instanceof Error ? error.message : String(error)}).`,
          );
        },
      );
    }
  }
  let conflicted = false;
  /** The design as saved, so that an unchanged design is not written again. */
  let saved: Design = store.getState().design;
  /** The open file as saved. */
  let savedFile: SavedFile | null = files?.current() ?? null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const written = (design: Design, file: SavedFile | null, revision: number) => {
    known = revision;
    saved = design;
    savedFile = file;
    store.getState().dismissNotice(NOTICE_IDS.saveFailed);
  };

  /** Puts a save too large for local storage in the overflow store, and a pointer to it. */
  const writeOverflow = (
    into: OverflowStore,
    text: string,
    design: Design,
    file: SavedFile | null,
    revision: number,
  ) => {
    const failed = (reason: string) => store.getState().showNotice(saveFailedNotice(true, reason));
    into.set(DESIGN_KEY, text).then(
      () => {
        const pointer = overflowPointer({ tabId, revision }, now());
        const result = writeItem(storage, DESIGN_KEY, pointer);
        if (result.ok) written(design, file, revision);
        else failed(result.reason);
      },
      (error: unknown) => failed(error instanceof Error ? error.message : String(error)),
    );
  };

  const write = (design: Design, file: SavedFile | null, revision: number) => {
    const text = serialiseEnvelope(createEnvelope(design, { tabId, revision }, now(), file));
    const result = writeItem(storage, DESIGN_KEY, text);
    if (result.ok) written(design, file, revision);
    else if (result.full && overflow) writeOverflow(overflow, text, design, file, revision);
    else store.getState().showNotice(saveFailedNotice(result.full, result.reason));
  };

  const save = (force: boolean) => {
    cancel();
    const { design } = store.getState();
    const file = files?.current() ?? null;
    const unchanged = design === saved && file === savedFile;
    if (blocked || loadingOverflow || conflicted || env.paused?.() || (unchanged && !force)) {
      return;
    }
    const stored = readItem(storage, DESIGN_KEY);
    const stamp = readStamp(stored);
    if (stored !== null && stamp === null && setAside(storage, stored) === null) {
      blocked = true;
      store.getState().showNotice(notSavingNotice('The text saved now is damaged.'));
      return;
    }
    const decision = decideSave(stamp, known, tabId);
    if (decision.write) write(design, file, decision.revision);
    else showConflict(decision.newer);
  };

  const loadNewer = () => {
    conflicted = false;
    store.getState().dismissNotice(NOTICE_IDS.newerElsewhere);
    const stored = readItem(storage, DESIGN_KEY);
    if (isOverflowPointer(stored) && overflow) {
      loadingOverflow = true;
      void overflow.get(DESIGN_KEY).then(
        (text) => {
          loadingOverflow = false;
          applyNewer(text);
        },
        () => {
          loadingOverflow = false;
          applyNewer(null);
        },
      );
      return;
    }
    applyNewer(stored);
  };

  const applyNewer = (text: string | null) => {
    const result = text === null ? null : parseSavedState(text);
    if (result?.ok) {
      known = result.envelope.revision;
      saved = result.design;
      savedFile = result.file;
      const label = 'Load the design saved in another tab';
      if (files) files.open(result.design, result.file, label);
      else store.getState().replaceDesign(result.design, { label });
      return;
    }
    const key = text === null ? null : setAside(storage, text);
    if (text !== null && key === null) {
      blocked = true;
      store.getState().showNotice(notSavingNotice('The design saved in another tab is damaged.'));
      return;
    }
    keepMine();
    if (result && key !== null)
      store.getState().showNotice(newerUnreadableNotice(result.reason, key));
  };

  const keepMine = () => {
    conflicted = false;
    store.getState().dismissNotice(NOTICE_IDS.newerElsewhere);
    known = Math.max(known, readStamp(readItem(storage, DESIGN_KEY))?.revision ?? 0);
    save(true);
  };

  const showConflict = (newer: SaveStamp) => {
    if (!isNewerElsewhere(newer, known, tabId)) return;
    conflicted = true;
    cancel();
    store.getState().showNotice(newerElsewhereNotice(loadNewer, keepMine));
  };

  const later = () => {
    cancel();
    timer = setTimeout(() => save(false), delay);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.design !== previous.design) later();
  });
  const unsubscribeFiles = files?.subscribe(later);

  const onPageHide = () => save(false);
  const onStorage = (event: Event) => {
    if (!isStorageChange(event) || event.key !== DESIGN_KEY) return;
    const stamp = readStamp(event.newValue);
    if (stamp !== null) showConflict(stamp);
  };
  events.addEventListener('pagehide', onPageHide);
  events.addEventListener('storage', onStorage);

  return {
    flush: () => save(false),
    stop: () => {
      cancel();
      unsubscribe();
      unsubscribeFiles?.();
      events.removeEventListener('pagehide', onPageHide);
      events.removeEventListener('storage', onStorage);
    },
  };
}
