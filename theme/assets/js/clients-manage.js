// Creating, renaming, deleting and matching clients: fetched by clients.js when the client menu
// is first opened, and loaded at once by the clients dashboard and report. Adds to window.PlaybookClients.
(() => {
  "use strict";
  const api = window.PlaybookClients;
  if (!api) return;
  Object.assign(api, {
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
