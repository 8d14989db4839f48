// Keeps a checklist's ticks for the current client (clients.js, in this browser's local storage)
// and shows the progress. Without this file the boxes still work; they are just not remembered.
(() => {
  const list = document.querySelector("[data-checklist]");
  const clients = window.PlaybookClients;
  if (!list || !clients) return;
  const boxes = [...list.querySelectorAll("input.checklist-box[data-item]")];
  const progress = list.querySelector(".checklist-progress");
  if (boxes.length === 0 || !progress) return;
  const url = list.dataset.checklist;
  const onPage = new Set(boxes.map((b) => b.dataset.item));
  const count = progress.querySelector(".checklist-count");
  const bar = progress.querySelector(".checklist-bar");

  // Ticks of items no longer on the page (an edited item, an imported file) are kept, not
  // dropped silently: the client dashboard reports them.
  const save = () => {
    const kept = clients.ticks(url).filter((id) => !onPage.has(id));
    clients.setTicks(url, [...boxes.filter((b) => b.checked).map((b) => b.dataset.item), ...kept]);
  };
  const show = () => {
    const done = boxes.filter((b) => b.checked).length;
    count.textContent = `${done} of ${boxes.length} done`;
    bar.value = done;
    bar.max = boxes.length;
    bar.textContent = `${done} of ${boxes.length}`;
  };
  const load = () => {
    const ticked = new Set(clients.ticks(url));
    for (const box of boxes) box.checked = ticked.has(box.dataset.item);
    show();
  };

  list.addEventListener("change", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.classList.contains("checklist-box")) return;
    save();
    show();
  });
  progress.querySelector(".checklist-reset").addEventListener("click", () => {
    for (const box of boxes) box.checked = false;
    clients.setTicks(url, []);
    show();
    boxes[0].focus();
  });
  // Another client chosen, here or in another tab: show that client's ticks.
  window.addEventListener("playbook:clients", (event) => { if (event.detail && event.detail.switched) load(); });
  progress.hidden = false;
  load();
})();
