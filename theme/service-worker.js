// The offline copy of the site. The build writes this file to /sw.js after two constants:
// VERSION, a hash of every file of the build, and PRECACHE, the assets, search index and
// pages to keep from the first visit. A new deploy has a new VERSION, so its worker installs
// beside the old one and, once active, deletes the old cache.
const CACHE = "playbook-" + VERSION;

self.addEventListener("install", (event) => {
  // One file that fails to download must not stop the others from being kept.
  event.waitUntil(caches.open(CACHE)
    .then((cache) => Promise.all(PRECACHE.map((url) => cache.add(url).catch(() => undefined))))
    .then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith("playbook-") && key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

// Fingerprinted files never change under their name: the cache answers first.
const immutable = (url) => url.pathname.startsWith("/assets/") || url.pathname.startsWith("/search/shards/") || url.pathname.startsWith("/search/docs/");

const fromCache = (request) => caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: request.mode === "navigate" }));

const fetchAndKeep = (request) => fetch(request).then((response) => {
  if (response.ok && response.type === "basic") {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
});

const OFFLINE_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Offline</title></head>"
  + "<body><main><h1>You are offline</h1><p>This page was not opened on this device while online, so there is no copy of it here. "
  + "Pages you have opened before, and search, still work.</p><p><a href=\"/\">Go to the home page</a></p></main></body></html>";

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // The web editor and the Netlify Identity and Git Gateway calls it makes are always live: an
  // editor must never be shown a kept copy of a file it is changing, nor keep an author's data.
  if (url.pathname.startsWith("/admin/") || url.pathname.startsWith("/.netlify/")) return;
  if (immutable(url)) {
    event.respondWith(fromCache(request).then((hit) => hit || fetchAndKeep(request)));
    return;
  }
  // Pages, playbook.json and the search manifest: the network first, so a reader online always
  // sees the latest deploy; the kept copy when the network is gone.
  event.respondWith(fetchAndKeep(request).catch(() => fromCache(request).then((hit) => hit
    || (request.mode === "navigate"
      ? new Response(OFFLINE_PAGE, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } })
      : Response.error()))));
});
