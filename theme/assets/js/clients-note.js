// The note's editor, fetched by clients.js the first time a reader opens the note on a page.
(() => {
  "use strict";
  const api = window.PlaybookClients;
  const box = document.querySelector("details.client-note");
  if (!api || !box || box.querySelector("textarea")) return;
  const url = location.pathname;
  const label = document.createElement("label");
  label.htmlFor = "client-note-text";
  const text = document.createElement("textarea");
  text.id = "client-note-text";
  text.rows = 3;
  text.maxLength = api.MAX_NOTE;
  const hint = document.createElement("p");
  hint.className = "client-note-hint";
  hint.textContent = "Kept in this browser only, with this client.";
  box.append(label, text, hint);
  const show = () => {
    label.textContent = `Your note on this page for ${api.current().name}`;
    if (document.activeElement !== text) text.value = api.note(url);
  };
  text.addEventListener("input", () => api.setNote(url, text.value));
  window.addEventListener("playbook:clients", show);
  show();
})();
