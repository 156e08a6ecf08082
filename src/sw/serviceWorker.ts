// The offline service worker. The build writes this file to `sw.js` with the list of files to keep
// (see src/build/offlineServiceWorker.ts), so it must stay self-contained: no imports, and only
// types and `export` in front of its top-level declarations, which the build strips.

/** The files of one build of the page, and a version that changes whenever any of them does. */
export interface Precache {
  readonly version: string;
  /** Paths relative to the worker's scope, e.g. `index.html`, `assets/index-3f2a.js`. */
  readonly files: readonly string[];
}

/** An install or activate event: the browser waits for the promise given to `waitUntil`. */
export interface LifecycleEvent {
  waitUntil(promise: Promise<unknown>): void;
}

/** A request of a page (or of its workers) that this worker may answer. */
export interface FetchRequestEvent extends LifecycleEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

/** What the worker uses of its global scope (a part of `ServiceWorkerGlobalScope`). */
export interface WorkerScope {
  readonly location: { readonly origin: string };
  readonly registration: { readonly scope: string };
  readonly caches: CacheStorage;
  readonly clients: { claim(): Promise<void> };
  fetch(request: Request): Promise<Response>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchRequestEvent) => void): void;
}

/** Every cache this page makes starts with this; caches of other names are never touched. */
export const CACHE_PREFIX = 'sidecar-studio-';

/**
 * Keeps the page working without a network: on install, stores every file of this build; then
 * answers requests for them from that store first, and answers every page load with the stored
 * page. Requests to other origins, and requests for anything else, are left to the browser, and
 * nothing is stored at run time. A new build installs beside the old one and takes over once no
 * tab uses the old one any more, so an open tab never loses the files it was built with; its
 * activation then deletes the stores of older builds.
 */
export function serveOffline(scope: WorkerScope, precache: Precache): void {
  const cacheName = `${CACHE_PREFIX}${precache.version}`;
  const base = scope.registration.scope;
  const page = new URL('index.html', base).href;
  const kept = new Set(precache.files.map((file) => new URL(file, base).href));

  scope.addEventListener('install', (event) => {
    event.waitUntil(
      scope.caches.open(cacheName).then((cache) =>
        // `reload` so that the files come from the server, never from an older HTTP cache entry.
        cache.addAll([...kept].map((url) => new Request(url, { cache: 'reload' }))),
      ),
    );
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        const names = await scope.caches.keys();
        const old = names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== cacheName);
        await Promise.all(old.map((name) => scope.caches.delete(name)));
        // The first install takes charge of the open page at once, so it works offline from now.
        await scope.clients.claim();
      })(),
    );
  });

  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== scope.location.origin) return;
    const file = `${url.origin}${url.pathname}`;
    const key = kept.has(file) ? file : request.mode === 'navigate' ? page : null;
    if (key === null) return;
    event.respondWith(
      (async () => {
        const cache = await scope.caches.open(cacheName);
        const stored = await cache.match(key, { ignoreVary: true });
        return stored ?? scope.fetch(request);
      })(),
    );
  });
}
