import type { StoreApi } from 'zustand/vanilla';
import type { StudioState } from '../../store/studioStore';
import { type FileSlot, type Persistence, startPersistence } from './autosave';
import { NOTICE_IDS } from './notices';
import { indexedDbOverflow } from './overflow';
import type { KeyValueStorage } from './storageAccess';
import { newTabId } from './tabId';

function localStorageOrNull(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Starts saving in this browser's local storage: loads the saved design into `store` first, so
 * call it before the first render. When the browser allows no storage, says so and saves nothing.
 */
export function startBrowserPersistence(
  store: StoreApi<StudioState>,
  paused?: () => boolean,
  files?: FileSlot,
): Persistence | null {
  const storage = localStorageOrNull();
  if (storage === null) {
    store.getState().showNotice({
      id: NOTICE_IDS.notSaving,
      tone: 'warning',
      message:
        'This browser does not let Sidecar Studio save, so your design is lost when you leave. Export YAML to keep it.',
    });
    return null;
  }
  return startPersistence(store, {
    storage,
    events: window,
    tabId: newTabId(),
    paused,
    files,
    overflow: indexedDbOverflow(),
  });
}
