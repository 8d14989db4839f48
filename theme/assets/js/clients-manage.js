// Creating, renaming, deleting and matching clients: fetched by clients.js when the client menu
// is first opened, and loaded at once by the clients dashboard and report. Adds to window.PlaybookClients.
(() => {
  "use strict";
  const api = window.PlaybookClients;
  if (!api) return;
  // The client menu's buttons arrive with this file, so pages carry only the menu and its link.
  const menu = document.querySelector(".client-actions-menu");
  if (menu && !menu.querySelector("[data-client-action]")) {
    menu.prepend(...[["new", "New client"], ["rename", "Rename"], ["delete", "Delete"]].map(([action, label]) => {
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.clientAction = action;
      button.textContent = label;
      return button;
    }));
  }
  const cleanName = (name) => String(name || "").trim().slice(0, api.MAX_NAME);
  Object.assign(api, {
    create(name) {
      let id = "";
      api.change((state, blank, newId) => {
        id = newId();
        state.clients[id] = blank(cleanName(name) || "New client");
        state.current = id;
      }, { switched: true });
      return id;
    },
    rename(id, name) {
      const clean = cleanName(name);
      if (!clean || !api.get(id)) return;
      api.change((state) => { state.clients[id].name = clean; }, {});
    },
    remove(id) {
      if (!api.get(id)) return;
      api.change((state) => { delete state.clients[id]; }, { switched: true });
    },
    /** Replaces or adds an imported client (checked by the dashboard first), and makes it current. */
    importClient(client) {
      api.change((state) => {
        state.clients[client.id] = { name: client.name, stage: client.stage, ticks: client.ticks, walks: client.walks, notes: client.notes, touched: client.touched };
        state.current = client.id;
      }, { switched: true });
    },
    // The browser's own dialogs: keyboard usable and announced everywhere, with no markup to add to each page.
    askCreate() {
      const chosen = prompt("Name of the new client:");
      if (chosen !== null && chosen.trim()) api.create(chosen);
    },
    askRename(id) {
      const name = api.get(id).name;
      const chosen = prompt(`New name for "${name}":`, name);
      if (chosen !== null && chosen.trim()) api.rename(id, chosen);
    },
    /** Delete asks first: a client's work cannot be brought back. */
    askRemove(id) {
      if (confirm(`Delete the client "${api.get(id).name}" with its stage, ticks, guide walks and notes? This cannot be undone.`)) api.remove(id);
    },
    /** The client a file would replace: the same id, or else the same name. */
    existing(client) {
      if (api.get(client.id)) return client.id;
      const lower = client.name.toLowerCase();
      return api.all().find((c) => c.name.toLowerCase() === lower)?.id || null;
    },
  });
})();
