// Guide pages only, between clients.js and guide.js (deferred scripts run in order).
(() => {
  "use strict";
  const api = window.PlaybookClients;
  if (!api) return;
  // A guide's walk is kept per client by watching the guide from outside: guide.js keeps the
  // walk in the URL (?path=), so a stored walk is put in the URL before guide.js reads it, and a
  // step shown afterwards is recorded from the URL.
  const guide = document.querySelector("[data-guide-start]");
  if (guide) {
    const url = location.pathname;
    const pathOf = (walk) => "?path=" + walk.path.map(encodeURIComponent).join(",");
    const restore = (walk) => {
      const target = new URL(location.href);
      target.search = walk ? pathOf(walk) : "";
      target.hash = "";
      history.replaceState(null, "", target.href);
    };
    const stored = api.walk(url);
    if (stored && !location.search && !location.hash) restore(stored);
    const record = () => {
      const shown = new URLSearchParams(location.search).get("path");
      const path = shown ? shown.split(",") : [];
      const last = guide.querySelector(`section.guide-step[data-step="${CSS.escape(path[path.length - 1] || "")}"]`);
      const walk = path.length > 1 ? { path, outcome: last && !last.querySelector(".guide-answers a") ? path[path.length - 1] : "" } : null;
      const before = api.walk(url);
      if (JSON.stringify(before) !== JSON.stringify(walk)) api.setWalk(url, walk);
    };
    new MutationObserver(record).observe(guide, { subtree: true, attributes: true, attributeFilter: ["hidden"] });
    window.addEventListener("playbook:clients", (event) => {
      if (!event.detail || !event.detail.switched) return;
      restore(api.walk(url));
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
  }

})();
