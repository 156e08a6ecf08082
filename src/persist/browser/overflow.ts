import { APP_ID, ENVELOPE_VERSION, type SaveStamp } from '../envelope';

/**
 * Where a save goes when it is too large for local storage: the browser's IndexedDB, which holds
 * far more. Local storage then keeps a small pointer with the save's stamp, so that the two-tab
 * guard and the load at start know a save is there.
 */
export interface OverflowStore {
  get: (key: string) => Promise<string | null>;
  set: (key: string, text: string) => Promise<void>;
}

/** The pointer left in local storage when the save itself is in the overflow store. */
export function overflowPointer(stamp: SaveStamp, savedAt: Date): string {
  return JSON.stringify({
    app: APP_ID,
    version: ENVELOPE_VERSION,
    savedAt: savedAt.toISOString(),
    tabId: stamp.tabId,
    revision: stamp.revision,
    in: 'indexeddb',
  });
}

/** True when saved text is a pointer to a save in the overflow store. */
export function isOverflowPointer(text: string | null): boolean {
  if (text === null || text.length > 1000) return false;
  try {
    const value: unknown = JSON.parse(text);
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { app?: unknown }).app === APP_ID &&
      (value as { in?: unknown }).in === 'indexeddb'
    );
  } catch {
    return false;
  }
}

const DATABASE = 'sidecar-studio';
const STORE = 'saves';

function request<T>(make: (store: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode) {
  return new Promise<T>((resolve, reject) => {
    const opening = indexedDB.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const db = opening.result;
      const asked = make(db.transaction(STORE, mode).objectStore(STORE));
      asked.onsuccess = () => {
        resolve(asked.result);
        db.close();
      };
      asked.onerror = () => {
        reject(asked.error);
        db.close();
      };
    };
  });
}

/** This browser's IndexedDB as an overflow store, or null when the browser offers none. */
export function indexedDbOverflow(): OverflowStore | null {
  try {
    if (typeof indexedDB === 'undefined') return null;
  } catch {
    return null;
  }
  return {
    get: async (key) => {
      const found = await request((store) => store.get(key), 'readonly');
      return typeof found === 'string' ? found : null;
    },
    set: async (key, text) => {
      await request((store) => store.put(text, key), 'readwrite');
    },
  };
}
