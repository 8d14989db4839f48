// The client workspace: named clients, each with its own stage, checklist ticks, guide walks and
// notes, kept in this browser's local storage under one versioned key and never sent anywhere.
// Loaded on every page before the stage picker and the checklist, which read and write through
// window.PlaybookClients. Without this file pages read as they are; nothing is remembered.
// Only the store, the switcher's list and the note's summary are here: the menu's actions
// (clients-manage.js) and the note's editor (clients-note.js) are fetched when first opened,
// and guide walks (clients-guide.js) load on guide pages only, to keep every page light.
(() => {
  "use strict";
  const KEY = "playbook.clients.v1";
  // What the site kept before clients existed: one stage for everyone, ticks per checklist page.
  const OLD_STAGE = "playbook.clientStage";
  const OLD_TICKS = "playbook.checklist:";
  const MAX_NAME = 100;
  const MAX_NOTE = 2000;

  const blank = (name) => ({ name, stage: "", ticks: {}, walks: {}, notes: {}, touched: {} });
  const newId = () => "c" + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);

  // Storage can be blocked or full: the workspace then lasts for this page only.
  const read = () => {
    try { return JSON.parse(localStorage.getItem(KEY) || "null"); } catch { return null; }
  };
  const write = (state) => {
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch { /* kept in memory only */ }
  };

  // The first load after this change moves the old keys into a first client, so no tick is lost.
  const migrate = () => {
    const first = blank("My client");
    try {
      first.stage = localStorage.getItem(OLD_STAGE) || "";
      for (let i = localStorage.length - 1; i >= 0; i--) {
        const key = localStorage.key(i);
        if (!key || !key.startsWith(OLD_TICKS)) continue;
        const ids = JSON.parse(localStorage.getItem(key) || "[]");
        if (Array.isArray(ids) && ids.length > 0) first.ticks[key.slice(OLD_TICKS.length)] = ids.filter((id) => typeof id === "string");
        localStorage.removeItem(key);
      }
      localStorage.removeItem(OLD_STAGE);
    } catch { /* nothing to move */ }
    const id = newId();
    return { current: id, clients: { [id]: first } };
  };

  const valid = (state) => state && typeof state === "object" && state.clients && typeof state.clients === "object"
    && Object.keys(state.clients).length > 0;

  let state = read();
  if (!valid(state)) {
    state = migrate();
    write(state);
  }
  if (!state.clients[state.current]) state.current = Object.keys(state.clients)[0];

  const changed = (detail) => window.dispatchEvent(new CustomEvent("playbook:clients", { detail }));
  const save = (detail) => {
    write(state);
    changed(detail);
  };
  const now = () => new Date().toISOString();

  // Another tab changed the workspace: follow it, so every open page agrees.
  window.addEventListener("storage", (event) => {
    if (event.key !== KEY) return;
    const next = read();
    if (!valid(next)) return;
    state = next;
    if (!state.clients[state.current]) state.current = Object.keys(state.clients)[0];
    changed({ switched: true });
  });

  const current = () => state.clients[state.current];
  const touch = (client, url) => { client.touched[url] = now(); };

  const api = {
    KEY, MAX_NAME, MAX_NOTE,
    currentId: () => state.current,
    current,
    all: () => Object.entries(state.clients).map(([id, client]) => ({ id, ...client })),
    get: (id) => state.clients[id],
    setStage(stage) {
      current().stage = stage;
      save({});
    },
    ticks: (url) => current().ticks[url] || [],
    setTicks(url, ids) {
      const client = current();
      if (ids.length > 0) client.ticks[url] = ids; else delete client.ticks[url];
      touch(client, url);
      save({});
    },
    walk: (url) => current().walks[url] || null,
    setWalk(url, walk) {
      const client = current();
      if (walk) client.walks[url] = walk; else delete client.walks[url];
      touch(client, url);
      save({});
    },
    note: (url) => current().notes[url] || "",
    setNote(url, text) {
      const client = current();
      const note = String(text).slice(0, MAX_NOTE);
      if (note.trim()) client.notes[url] = note; else delete client.notes[url];
      touch(client, url);
      save({});
    },
    switchTo(id) {
      if (!state.clients[id] || id === state.current) return;
      state.current = id;
      save({ switched: true });
    },
    /**
     * For clients-manage.js, which creates, renames, deletes and imports clients: runs a change
     * to the whole workspace, keeps a client to tick for, saves and tells the page.
     */
    change(edit, detail) {
      edit(state, blank, newId);
      if (Object.keys(state.clients).length === 0) state.clients[newId()] = blank("My client");
      if (!state.clients[state.current]) state.current = Object.keys(state.clients)[0];
      save(detail);
    },
  };

  window.PlaybookClients = api;

  // Fetches a script named by a data attribute on <body> once; resolves when it has run.
  const loaded = {};
  const load = (name) => loaded[name] || (loaded[name] = new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = document.body.dataset[name];
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  }));

  // The client switcher beside the stage picker: switch here; create, rename or delete through
  // the menu, whose code comes when the menu is first opened.
  const switcher = document.querySelector("[data-client-switcher]");
  if (switcher) {
    const select = switcher.querySelector("select");
    const menu = switcher.querySelector("details");
    const manage = () => (api.askCreate ? Promise.resolve() : load("clientsManage"));
    const fill = () => {
      select.replaceChildren(...api.all().sort((a, b) => a.name.localeCompare(b.name)).map((c) => new Option(c.name, c.id, false, c.id === state.current)));
    };
    select.addEventListener("change", () => api.switchTo(select.value));
    if (menu) menu.addEventListener("toggle", () => { if (menu.open) manage().catch(() => {}); });
    switcher.addEventListener("click", (event) => {
      const action = event.target instanceof Element && event.target.closest("[data-client-action]")?.dataset.clientAction;
      if (!action) return;
      manage().then(() => {
        if (action === "new") api.askCreate();
        else if (action === "rename") api.askRename(state.current);
        else if (action === "delete") api.askRemove(state.current);
        if (menu) menu.open = false;
        select.focus();
      }, () => {});
    });
    window.addEventListener("playbook:clients", fill);
    fill();
  }

  // A short note per page for the current client, on the pages a consultant works through.
  // At the end of the page: put any higher, it would push the page down as it appears.
  // The summary is made here; the editor (clients-note.js) the first time the note is opened.
  const article = document.querySelector("main article.page");
  if (article && /\bkind-(article|checklist|guide|stage)\b/.test(document.body.className)) {
    const url = location.pathname;
    const box = document.createElement("details");
    box.className = "client-note";
    const summary = document.createElement("summary");
    box.append(summary);
    const show = () => {
      const name = current().name;
      summary.textContent = api.note(url) ? `Note for ${name} (1)` : `Note for ${name}`;
    };
    box.addEventListener("toggle", () => { if (box.open) load("clientsNote").catch(() => {}); });
    window.addEventListener("playbook:clients", show);
    article.append(box);
    show();
  }
})();
