// Keeps Article Lens working offline. Registered by boot.js; its scope is the folder the app is
// served from, whatever that folder is.
//
// - On install it stores the page and every file the page refers to (the content-hashed script,
//   wasm, stylesheet and icon, boot.js) plus the worker script.
// - Files with a content hash in their name never change: they are served from the cache first.
// - Everything else of the app's (the page, boot.js, worker.js) is fetched from the network
//   first, so a new version shows as soon as it is deployed, and comes from the cache when the
//   network is gone.
// Nothing is ever sent anywhere: only GET requests to the app's own origin are handled.

const CACHE = 'article-lens-v1';
const SCOPE = new URL(self.registration.scope);
const FIXED = ['./', 'boot.js', 'worker.js'];
// Trunk's content-hashed names: name-0123456789abcdef.js, …_bg.wasm, .css, .svg
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;

/** The same-origin files an HTML page refers to (href, src, data-js, data-wasm). */
function referencedBy(html) {
  const found = new Set();
  for (const match of html.matchAll(/\b(?:href|src|data-js|data-wasm)="([^"]+)"/g)) {
    const url = new URL(match[1], SCOPE);
    if (url.origin === SCOPE.origin) found.add(url.href.split('#')[0]);
  }
  return found;
}

/** Stores the page and all it refers to; drops hashed files of older versions. */
async function storeApp() {
  const cache = await caches.open(CACHE);
  const page = await fetch(new Request(SCOPE.href, { cache: 'no-cache' }));
  if (!page.ok) throw new Error(`the page answered ${page.status}`);
  const wanted = referencedBy(await page.clone().text());
  for (const file of FIXED) wanted.add(new URL(file, SCOPE).href);
  await cache.put(SCOPE.href, page);
  await Promise.all(
    [...wanted]
      .filter((url) => url !== SCOPE.href)
      .map(async (url) => {
        if (HASHED.test(new URL(url).pathname) && (await cache.match(url))) return;
        const response = await fetch(url, { cache: 'no-cache' });
        if (response.ok) await cache.put(url, response);
      }),
  );
  for (const request of await cache.keys()) {
    if (HASHED.test(new URL(request.url).pathname) && !wanted.has(request.url)) {
      await cache.delete(request);
    }
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(storeApp().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

function keep(event, key, response) {
  if (response.ok) {
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
  }
  return response;
}

async function cacheFirst(event) {
  const cached = await caches.match(event.request);
  return cached || keep(event, event.request, await fetch(event.request));
}

async function networkFirst(event, key) {
  try {
    return keep(event, key, await fetch(event.request));
  } catch (error) {
    const cached = await caches.match(key, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  const page = url.pathname === SCOPE.pathname || url.pathname === `${SCOPE.pathname}index.html`;
  if (request.mode === 'navigate' && page) {
    // the page, whatever follows its address (share links differ only after '#')
    event.respondWith(networkFirst(event, SCOPE.href));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(event));
  } else {
    event.respondWith(networkFirst(event, url.href.split('#')[0]));
  }
});
