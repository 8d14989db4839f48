// The client workspace: named clients, each with its own stage, checklist ticks, guide walks and
// notes, kept in this browser's local storage under one versioned key and never sent anywhere.
// Loaded on every page before the stage picker and the checklist, which read and write through
// window.PlaybookClients. Without this file pages read as they are; nothing is remembered.
(() => {
  "use strict";
  const KEY = "playbook.clients.v1";
  // What the site kept before clients existed: one stage for everyone, ticks per checklist page.
  const OLD_STAGE = "playbook.clientStage";
  const OLD_TICKS = "playbook.checklist:";
  const FILE_TYPE = "playbook-client";
  const FILE_VERSION = 1;
  const MAX_FILE_BYTES = 1024 * 1024;
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
  const cleanName = (name) => String(name || "").trim().slice(0, MAX_NAME);

  const api = {
    KEY, FILE_TYPE, FILE_VERSION, MAX_FILE_BYTES,
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
    create(name) {
      const id = newId();
      state.clients[id] = blank(cleanName(name) || "New client");
      state.current = id;
      save({ switched: true });
      return id;
    },
    rename(id, name) {
      const clean = cleanName(name);
      if (!clean || !state.clients[id]) return;
      state.clients[id].name = clean;
      save({});
    },
    switchTo(id) {
      if (!state.clients[id] || id === state.current) return;
      state.current = id;
      save({ switched: true });
    },
    remove(id) {
      if (!state.clients[id]) return;
      delete state.clients[id];
      // There is always a client to tick for.
      if (Object.keys(state.clients).length === 0) state.clients[newId()] = blank("My client");
      if (!state.clients[state.current]) state.current = Object.keys(state.clients)[0];
      save({ switched: true });
    },
    // The browser's own dialogs: keyboard usable and announced everywhere, with no markup to add to each page.
    askCreate() {
      const chosen = prompt("Name of the new client:");
      if (chosen !== null && chosen.trim()) api.create(chosen);
    },
    askRename(id) {
      const name = state.clients[id].name;
      const chosen = prompt(`New name for "${name}":`, name);
      if (chosen !== null && chosen.trim()) api.rename(id, chosen);
    },
    /** Delete asks first: a client's work cannot be brought back. */
    askRemove(id) {
      if (confirm(`Delete the client "${state.clients[id].name}" with its stage, ticks, guide walks and notes? This cannot be undone.`)) api.remove(id);
    },
    /** The client as the published file format (/schema/client.schema.json). */
    exportFile(id) {
      const client = state.clients[id];
      return {
        $schema: new URL("/schema/client.schema.json", location.origin).href,
        type: FILE_TYPE,
        version: FILE_VERSION,
        client: { id, name: client.name, stage: client.stage, ticks: client.ticks, walks: client.walks, notes: client.notes, touched: client.touched },
      };
    },
    /** Replaces or adds the client of a file already checked by validateFile, and makes it current. */
    importClient(client) {
      state.clients[client.id] = { name: client.name, stage: client.stage, ticks: client.ticks, walks: client.walks, notes: client.notes, touched: client.touched };
      state.current = client.id;
      save({ switched: true });
    },
    /** The client a file would replace: the same id, or else the same name. */
    existing(client) {
      if (state.clients[client.id]) return client.id;
      const lower = client.name.toLowerCase();
      return Object.keys(state.clients).find((id) => state.clients[id].name.toLowerCase() === lower) || null;
    },
    /**
     * Checks a file's text against the client file format. Returns { error } when the file must be
     * refused, or { client } (with the id it will take) when it can be imported.
     */
    validateFile(text, byteSize) {
      if (byteSize > MAX_FILE_BYTES) return { error: `The file is ${byteSize} bytes, over the 1 MB (${MAX_FILE_BYTES} bytes) a client file may be. Nothing was imported.` };
      let data;
      try { data = JSON.parse(text); } catch { return { error: "The file is not JSON, so it is not a client file exported from this playbook. Nothing was imported." }; }
      if (!data || typeof data !== "object" || Array.isArray(data) || data.type !== FILE_TYPE) {
        const type = data && typeof data === "object" && "type" in data ? `"${String(data.type)}"` : "missing";
        return { error: `The file's type is ${type}, not "${FILE_TYPE}": it is not a client file. Nothing was imported.` };
      }
      if (data.version !== FILE_VERSION) return { error: `The file is version ${JSON.stringify(data.version)}; this playbook reads client files of version ${FILE_VERSION}. Nothing was imported.` };
      const problem = shapeProblem(data.client);
      if (problem) return { error: `The file's client is malformed: ${problem}. Nothing was imported.` };
      const c = data.client;
      return { client: { id: c.id, name: c.name.trim(), stage: c.stage, ticks: c.ticks, walks: c.walks, notes: c.notes, touched: c.touched } };
    },
  };

  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  const FIELDS = ["id", "name", "stage", "ticks", "walks", "notes", "touched"];
  const strings = (v) => Array.isArray(v) && v.every((s) => typeof s === "string");
  // The same rules as the published schema; the first one broken is named.
  function shapeProblem(c) {
    if (!isObject(c)) return "\"client\" must be an object";
    const unknown = Object.keys(c).find((k) => !FIELDS.includes(k));
    if (unknown) return `"client" has a field this format does not know: "${unknown}"`;
    if (typeof c.id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(c.id)) return "\"client.id\" must be 1 to 64 letters, digits, - or _";
    if (typeof c.name !== "string" || !c.name.trim() || c.name.length > MAX_NAME) return `"client.name" must be a text of 1 to ${MAX_NAME} characters`;
    if (typeof c.stage !== "string") return "\"client.stage\" must be a text (empty for no stage)";
    for (const field of ["ticks", "walks", "notes", "touched"]) if (!isObject(c[field])) return `"client.${field}" must be an object keyed by page URL`;
    for (const [url, ids] of Object.entries(c.ticks)) if (!strings(ids)) return `"client.ticks" of ${url} must be a list of item ids`;
    for (const [url, walk] of Object.entries(c.walks)) {
      if (!isObject(walk) || !strings(walk.path) || walk.path.length === 0 || typeof walk.outcome !== "string") return `"client.walks" of ${url} must have a non-empty "path" list and an "outcome" text`;
    }
    for (const [url, note] of Object.entries(c.notes)) if (typeof note !== "string" || note.length > MAX_NOTE) return `"client.notes" of ${url} must be a text of at most ${MAX_NOTE} characters`;
    for (const [url, when] of Object.entries(c.touched)) if (typeof when !== "string" || Number.isNaN(Date.parse(when))) return `"client.touched" of ${url} must be a date and time`;
    return "";
  }

  window.PlaybookClients = api;

  // The client switcher beside the stage picker: switch, and create, rename or delete from any page.
  const switcher = document.querySelector("[data-client-switcher]");
  if (switcher) {
    const select = switcher.querySelector("select");
    const menu = switcher.querySelector("details");
    const fill = () => {
      select.replaceChildren(...api.all().sort((a, b) => a.name.localeCompare(b.name)).map((c) => new Option(c.name, c.id, false, c.id === state.current)));
    };
    select.addEventListener("change", () => api.switchTo(select.value));
    switcher.addEventListener("click", (event) => {
      const action = event.target instanceof Element && event.target.closest("[data-client-action]")?.dataset.clientAction;
      if (!action) return;
      if (action === "new") api.askCreate();
      else if (action === "rename") api.askRename(state.current);
      else if (action === "delete") api.askRemove(state.current);
      if (menu) menu.open = false;
      select.focus();
    });
    window.addEventListener("playbook:clients", fill);
    fill();
  }

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
      const walk = path.length > 1 ? { path, outcome: last && !last.querySelector("a.guide-answer") ? path[path.length - 1] : "" } : null;
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

  // A short note per page for the current client, on the pages a consultant works through.
  const header = document.querySelector("main article.page > .page-header");
  if (header && /\bkind-(article|checklist|guide|stage)\b/.test(document.body.className)) {
    const url = location.pathname;
    const box = document.createElement("details");
    box.className = "client-note";
    const summary = document.createElement("summary");
    const label = document.createElement("label");
    label.htmlFor = "client-note-text";
    const text = document.createElement("textarea");
    text.id = "client-note-text";
    text.rows = 3;
    text.maxLength = MAX_NOTE;
    const hint = document.createElement("p");
    hint.className = "client-note-hint";
    hint.textContent = "Kept in this browser only, with this client.";
    box.append(summary, label, text, hint);
    const show = () => {
      const name = current().name;
      const note = api.note(url);
      summary.textContent = note ? `Note for ${name} (1)` : `Note for ${name}`;
      label.textContent = `Your note on this page for ${name}`;
      if (document.activeElement !== text) text.value = note;
    };
    text.addEventListener("input", () => api.setNote(url, text.value));
    window.addEventListener("playbook:clients", show);
    header.after(box);
    show();
  }
})();
