import { describe, expect, it } from 'vitest';
import {
  CACHE_PREFIX,
  type FetchRequestEvent,
  type LifecycleEvent,
  serveOffline,
  type WorkerScope,
} from './serviceWorker';

const ORIGIN = 'https://studio.example';
const PRECACHE = { version: 'v2', files: ['index.html', 'assets/app-1.js'] };

/** A cache store in memory, keyed by URL. */
function memoryCaches(initial: string[] = []) {
  const stores = new Map<string, Map<string, Response>>(initial.map((name) => [name, new Map()]));
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      addAll: async (requests: Request[]) => {
        for (const request of requests)
          store.set(request.url, new Response(`body of ${request.url}`));
      },
      match: async (url: string) => store.get(url)?.clone(),
    } as unknown as Cache;
  };
  const caches = {
    open,
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  } as unknown as CacheStorage;
  return { caches, stores };
}

/** A worker scope whose events the test fires, and whose network answers "from the network". */
function fakeScope(initialCaches: string[] = []) {
  const listeners = new Map<string, (event: never) => void>();
  const { caches, stores } = memoryCaches(initialCaches);
  const fetched: string[] = [];
  let claimed = false;
  const scope: WorkerScope = {
    location: { origin: ORIGIN },
    registration: { scope: `${ORIGIN}/` },
    caches,
    clients: {
      claim: async () => {
        claimed = true;
      },
    },
    fetch: async (request) => {
      fetched.push(request.url);
      return new Response('from the network');
    },
    addEventListener: (type: string, listener: (event: never) => void) => {
      listeners.set(type, listener);
    },
  };
  serveOffline(scope, PRECACHE);

  const lifecycle = async (type: 'install' | 'activate') => {
    let done: Promise<unknown> = Promise.resolve();
    const event: LifecycleEvent = { waitUntil: (promise) => (done = promise) };
    listeners.get(type)?.(event as never);
    await done;
  };
  /** The worker's answer to a request, or null when it leaves the request to the browser. */
  const request = async (url: string, init?: RequestInit & { mode?: RequestMode }) => {
    const answered: { response?: Promise<Response> } = {};
    const event: FetchRequestEvent = {
      // `navigate` cannot be given to the Request constructor, so it is set on the event's copy.
      request: Object.defineProperty(new Request(url, { ...init, mode: undefined }), 'mode', {
        value: init?.mode ?? 'cors',
      }),
      waitUntil: () => {},
      respondWith: (response) => {
        answered.response = response;
      },
    };
    listeners.get('fetch')?.(event as never);
    return answered.response ? (await answered.response).text() : null;
  };
  return { lifecycle, request, stores, fetched, claimed: () => claimed };
}

describe('the offline service worker', () => {
  it('stores every file of the build when it installs', async () => {
    const worker = fakeScope();
    await worker.lifecycle('install');
    expect([...(worker.stores.get(`${CACHE_PREFIX}v2`)?.keys() ?? [])]).toEqual([
      `${ORIGIN}/index.html`,
      `${ORIGIN}/assets/app-1.js`,
    ]);
  });

  it('removes only the stores of its own older builds, then takes charge of open pages', async () => {
    const worker = fakeScope([`${CACHE_PREFIX}v1`, 'another-program']);
    await worker.lifecycle('install');
    await worker.lifecycle('activate');
    expect([...worker.stores.keys()].sort()).toEqual(['another-program', `${CACHE_PREFIX}v2`]);
    expect(worker.claimed()).toBe(true);
  });

  it('answers stored files and page loads from the store, before the network', async () => {
    const worker = fakeScope();
    await worker.lifecycle('install');
    expect(await worker.request(`${ORIGIN}/assets/app-1.js`)).toBe(
      `body of ${ORIGIN}/assets/app-1.js`,
    );
    expect(await worker.request(`${ORIGIN}/?from=share`, { mode: 'navigate' })).toBe(
      `body of ${ORIGIN}/index.html`,
    );
    expect(worker.fetched).toEqual([]);
  });

  it('goes to the network for a stored file the store has lost', async () => {
    const worker = fakeScope();
    expect(await worker.request(`${ORIGIN}/assets/app-1.js`)).toBe('from the network');
    expect(worker.fetched).toEqual([`${ORIGIN}/assets/app-1.js`]);
  });

  it('leaves other origins, other methods and files it does not keep to the browser', async () => {
    const worker = fakeScope();
    await worker.lifecycle('install');
    expect(await worker.request('https://elsewhere.example/assets/app-1.js')).toBeNull();
    expect(await worker.request('https://elsewhere.example/', { mode: 'navigate' })).toBeNull();
    expect(await worker.request(`${ORIGIN}/assets/app-1.js`, { method: 'POST' })).toBeNull();
    expect(await worker.request(`${ORIGIN}/assets/unknown.js`)).toBeNull();
    expect(worker.fetched).toEqual([]);
  });
});
