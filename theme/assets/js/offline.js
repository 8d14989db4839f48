// Lets the site work on site without a network: the service worker (/sw.js, written by the build)
// keeps every page the reader opens, the search index and the assets. The preview server answers
// /sw.js with 404, so a preview never registers it and never serves a stale page.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => { /* no worker: the site still works online */ });
  });
}
